package vn.chibo.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.document.DocumentContent.Signature;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;

/**
 * Official documents: drafts rendered from the case as it stands, issue with the body's next
 * number, corrections as new versions. What has been issued is kept as printed, with its SHA-256,
 * and never changes.
 */
@Service
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final List<DocumentSource> sources;
  private final DocumentRepository repository;
  private final DocumentNumbers numbers;
  private final DocumentRenderer renderer;
  private final OrganizationService organizations;
  private final Clock clock;

  DocumentService(
      List<DocumentSource> sources,
      DocumentRepository repository,
      DocumentNumbers numbers,
      DocumentRenderer renderer,
      OrganizationService organizations,
      Clock clock) {
    this.sources = sources;
    this.repository = repository;
    this.numbers = numbers;
    this.renderer = renderer;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The branch of a case any source knows, or empty. */
  public Optional<Long> branchOf(String subjectKey) {
    for (DocumentSource s : sources) {
      Optional<Long> branch = s.branchOf(subjectKey);
      if (branch.isPresent()) {
        return branch;
      }
    }
    return Optional.empty();
  }

  /** The kinds of document that can be written about the case now. */
  public List<DocumentType> available(String subjectKey) {
    return sources.stream()
        .filter(s -> s.branchOf(subjectKey).isPresent())
        .flatMap(s -> s.available(subjectKey).stream())
        .toList();
  }

  /** Every issued version about the case, by kind, oldest first. */
  public List<OfficialDocument> issued(String subjectKey) {
    return repository.ofSubject(subjectKey);
  }

  public Optional<OfficialDocument> latest(DocumentType type, String subjectKey) {
    return repository.latest(type, subjectKey);
  }

  public Optional<OfficialDocument> find(long id) {
    return repository.find(id);
  }

  /** The bytes of an issued version, exactly as issued. */
  public byte[] content(long id) {
    return repository.content(id).orElseThrow();
  }

  /** The content of a document about the case as it stands now. */
  public DocumentContent contentOf(DocumentType type, String subjectKey) {
    return source(type).content(type, subjectKey);
  }

  /** A draft: the document from the case as it stands, marked as a draft and without a number. */
  public byte[] draft(DocumentType type, String subjectKey) {
    DocumentContent c = contentOf(type, subjectKey);
    return render(c, null, true, null);
  }

  /** The XHTML a document is printed from, for checks of the layout. */
  public String draftXhtml(DocumentType type, String subjectKey) {
    DocumentContent c = contentOf(type, subjectKey);
    return renderer.xhtml(type.template(), model(c, null, true, null));
  }

  /** The draft as a Word file to edit: the same text and layout, without a number. */
  public byte[] draftDocx(DocumentType type, String subjectKey) {
    return DocxWriter.fromXhtml(draftXhtml(type, subjectKey));
  }

  /** Whether the person signs for the body that issues this kind of document about the case. */
  public boolean mayIssue(DocumentContent content, Authentication auth) {
    Organization issuer = organizations.organization(content.issuerId()).orElseThrow();
    return GroupIds.of(auth).contains(GroupIds.secretaries(issuer.code()));
  }

  /**
   * Issues the document: the body's next number for its kind and year, printed, hashed and kept.
   *
   * @throws StepConflictException when it was issued already (a change is a correction) or the case
   *     is not ready for it
   */
  @Transactional
  public OfficialDocument issue(DocumentType type, String subjectKey, String by) {
    return issue(type, subjectKey, () -> contentOf(type, subjectKey), by);
  }

  /** Issues a document whose content the caller has already gathered (to check who signs it). */
  @Transactional
  public OfficialDocument issue(DocumentContent content, String by) {
    return issue(content.type(), content.subjectKey(), () -> content, by);
  }

  private OfficialDocument issue(
      DocumentType type, String subjectKey, Supplier<DocumentContent> content, String by) {
    Optional<OfficialDocument> existing = repository.latest(type, subjectKey);
    if (existing.isPresent()) {
      throw alreadyIssued(existing.get());
    }
    DocumentContent c = content.get();
    if (c.notIssuableBecause() != null) {
      throw new StepConflictException(
          "Chưa ban hành được "
              + type.label().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + c.notIssuableBecause());
    }
    int year = c.documentDate().getYear();
    int number = numbers.next(c.issuerId(), type.symbol(), year);
    Letterhead head = letterhead(c.issuerId());
    String reference = String.format("%02d-%s/%s", number, type.symbol(), head.bodySymbol());
    return store(c, 1, null, number, year, reference, null, by);
  }

  /** Issues the document unless it was issued already; the issued version either way. */
  @Transactional
  public OfficialDocument issueOnce(DocumentType type, String subjectKey, String by) {
    return repository.latest(type, subjectKey).orElseGet(() -> issue(type, subjectKey, by));
  }

  /**
   * A correction: the document written again from the case as it stands now, with the same number
   * and the next version, pointing to the version it corrects and saying why.
   */
  @Transactional
  public OfficialDocument correct(long id, String reason, String by) {
    return correct(id, old -> contentOf(old.type(), old.subjectKey()), reason, by);
  }

  /** A correction whose content the caller has already gathered (to check who signs it). */
  @Transactional
  public OfficialDocument correct(long id, DocumentContent content, String reason, String by) {
    return correct(id, old -> content, reason, by);
  }

  private OfficialDocument correct(
      long id,
      java.util.function.Function<OfficialDocument, DocumentContent> content,
      String reason,
      String by) {
    OfficialDocument old =
        repository.find(id).orElseThrow(() -> new StepConflictException("Không có văn bản " + id));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "chưa nhập lý do đính chính");
    }
    if (reason.strip().length() > 1000) {
      throw new InvalidInputException("reason", "lý do đính chính dài quá 1000 ký tự");
    }
    OfficialDocument newest = repository.latest(old.type(), old.subjectKey()).orElseThrow();
    if (newest.id() != old.id()) {
      throw new StepConflictException(
          "Văn bản "
              + old.reference()
              + " đã có bản đính chính lần "
              + (newest.version() - 1)
              + "; hãy đính chính bản mới nhất");
    }
    DocumentContent c = content.apply(old);
    if (c.notIssuableBecause() != null) {
      throw new StepConflictException("Chưa đính chính được: " + c.notIssuableBecause());
    }
    return store(
        c, old.version() + 1, old, old.number(), old.year(), old.reference(), reason.strip(), by);
  }

  private OfficialDocument store(
      DocumentContent c,
      int version,
      OfficialDocument previous,
      int number,
      int year,
      String reference,
      String reason,
      String by) {
    String versionNote =
        previous == null
            ? null
            : "Bản đính chính lần "
                + (version - 1)
                + ", thay bản ban hành ngày "
                + DAY.format(previous.issuedAt())
                + ". Lý do: "
                + reason;
    byte[] pdf = render(c, "Số " + reference, false, versionNote);
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String fileName =
        c.fileStem()
            + "-"
            + String.format("%02d", number)
            + "-"
            + year
            + (version > 1 ? "-v" + version : "")
            + ".pdf";
    OfficialDocument d =
        new OfficialDocument(
            0,
            c.type(),
            c.subjectKey(),
            c.branchId(),
            c.issuerId(),
            version,
            previous == null ? null : previous.id(),
            number,
            c.type().symbol(),
            year,
            reference,
            c.title() + (c.summary() == null || c.summary().isBlank() ? "" : " " + c.summary()),
            c.documentDate(),
            reason,
            fileName,
            pdf.length,
            sha256(pdf),
            by,
            now);
    long id;
    try {
      id = repository.insert(d, pdf);
    } catch (DuplicateKeyException e) {
      throw new StepConflictException(
          c.type().label()
              + " của "
              + c.subjectKey()
              + " vừa được người khác ban hành hoặc đính chính; hãy tải lại trang");
    }
    log.info("Issued {} {} v{} for {} by {}", c.type(), reference, version, c.subjectKey(), by);
    return repository.find(id).orElseThrow();
  }

  private StepConflictException alreadyIssued(OfficialDocument d) {
    return new StepConflictException(
        d.type().label()
            + " đã ban hành, số "
            + d.reference()
            + "; văn bản đã ban hành không sửa được, muốn thay đổi thì ban hành bản đính chính");
  }

  private byte[] render(DocumentContent c, String numberLine, boolean draft, String versionNote) {
    return renderer.pdf(c.type().template(), model(c, numberLine, draft, versionNote), c.title());
  }

  private Map<String, Object> model(
      DocumentContent c, String numberLine, boolean draft, String versionNote) {
    Letterhead head = letterhead(c.issuerId());
    Map<String, Object> model = new LinkedHashMap<>(c.model());
    model.put(
        "doc",
        new Header(
            head,
            numberLine != null
                ? numberLine
                : "Số      -" + c.type().symbol() + "/" + head.bodySymbol(),
            head.placeAndDate(c.documentDate()),
            c.title(),
            c.summary(),
            c.type().form(),
            c.signatures(),
            c.recipients(),
            draft,
            versionNote));
    return model;
  }

  Letterhead letterhead(long issuerId) {
    return Letterhead.of(organizations.pathToRoot(issuerId));
  }

  private DocumentSource source(DocumentType type) {
    return sources.stream()
        .filter(s -> s.types().contains(type))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No source writes " + type));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What every template reads for the parts all Party documents share. */
  public record Header(
      Letterhead letterhead,
      String numberLine,
      String placeAndDate,
      String title,
      String summary,
      String form,
      List<Signature> signatures,
      List<String> recipients,
      boolean draft,
      String versionNote) {}

  /** Today in Vietnam, for sources dating documents issued today. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
