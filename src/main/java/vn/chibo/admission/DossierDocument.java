package vn.chibo.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One uploaded document of a dossier (the file itself is read separately). */
public record DossierDocument(
    long id,
    String caseId,
    DocumentKind kind,
    LocalDate documentDate,
    String fileName,
    String contentType,
    int sizeBytes,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
