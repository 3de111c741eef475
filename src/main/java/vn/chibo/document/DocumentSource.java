package vn.chibo.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the content of some kinds of document comes from: one source per kind of case (meetings,
 * admission cases, probation cases). A source reads the case; the document service numbers, renders
 * and keeps the result.
 */
public interface DocumentSource {

  /** The kinds of document this source writes. */
  Set<DocumentType> types();

  /** The branch of the case, or empty when this source knows no such case. */
  Optional<Long> branchOf(String subjectKey);

  /** The kinds of document that can be drafted for the case as it stands, in reading order. */
  List<DocumentType> available(String subjectKey);

  /**
   * The content of a document about the case.
   *
   * @throws vn.chibo.workflow.StepConflictException when the case has not reached the point where
   *     this document can be written, with the reason
   */
  DocumentContent content(DocumentType type, String subjectKey);
}
