package vn.chibo.document.attachment;

import java.util.List;
import vn.chibo.workflow.InvalidInputException;

/** Refused input of which the file is over the size limit: the API answers 413 for it. */
class AttachmentTooLargeException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  AttachmentTooLargeException(List<FieldError> errors) {
    super(errors);
  }
}
