package vn.chibo.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the official documents' templates and extra fonts live.
 *
 * @param templateDir a folder whose templates replace the shipped ones of the same name; unset
 *     means the shipped templates only
 * @param fontDir a folder of TrueType fonts the templates may name besides the shipped DejaVu
 *     Serif; unset means none
 */
@ConfigurationProperties("chibo.documents")
public record DocumentProperties(Path templateDir, Path fontDir) {}
