package vn.chibo.document;

import org.springframework.stereotype.Component;
import vn.chibo.admission.DecisionRegister;

/** An admission decision numbered by issuing its 9-KNĐ in the competent committee's register. */
@Component
class AdmissionDecisionRegister implements DecisionRegister {

  private final DocumentService documents;

  AdmissionDecisionRegister(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public String issueDecision(String caseId, String by) {
    return documents.issue(DocumentType.ADMISSION_DECISION, caseId, by).reference();
  }
}
