/**
 * Names, titles and topics in one or more languages.
 *
 * <pre>{@code
 * LocalizedText centre = LocalizedText.of("Shanghai Clinical Research and Trial Center")
 *     .with("zh-Hans", "上海临床研究中心");
 * }</pre>
 *
 * <p>A {@link dev.symposia.text.LocalizedText} holds a primary text, the form the source uses, and any
 * number of translations, each tagged with a BCP 47 language tag.
 */
package dev.symposia.text;
