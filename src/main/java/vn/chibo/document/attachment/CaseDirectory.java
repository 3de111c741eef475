package vn.chibo.document.attachment;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.meeting.MeetingService;
import vn.chibo.organization.OrganizationService;

/**
 * Finds the case a business key names — a meeting ({@code MTG-…}), an admission ({@code ADM-…}) or
 * a probation ({@code PRB-…}) — with its branch as it is now.
 */
@Component
class CaseDirectory {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final MeetingService meetings;
  private final AdmissionService admissions;
  private final ProbationService probations;
  private final OrganizationService organizations;

  CaseDirectory(
      MeetingService meetings,
      AdmissionService admissions,
      ProbationService probations,
      OrganizationService organizations) {
    this.meetings = meetings;
    this.admissions = admissions;
    this.probations = probations;
    this.organizations = organizations;
  }

  Optional<CaseRef> find(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Optional<Long> branchId;
    String page;
    if (key.startsWith("MTG-")) {
      branchId = meetings.findMeeting(key).map(m -> m.branchId());
      page = "/meetings/" + key;
    } else if (key.startsWith("ADM-")) {
      branchId = admissions.findCase(key).map(c -> c.branchId());
      page = "/admissions/" + key;
    } else if (key.startsWith("PRB-")) {
      branchId = probations.findCase(key).map(c -> c.branchId());
      page = "/probations/" + key;
    } else {
      return Optional.empty();
    }
    return branchId.flatMap(
        id ->
            organizations
                .organization(id)
                .map(branch -> new CaseRef(key, id, branch.code(), page)));
  }
}
