/**
 * The knowledge base of each bot, kept in the database and edited in the admin console: FAQ entries (category,
 * question and paraphrases per language, answer per language with buttons and links, enabled), intent examples
 * and dictionary values with synonyms. The rows are first filled from the bot's YAML files and follow them
 * until an admin edits them; {@link org.kefu.server.knowledge.KnowledgeOverlay} makes the bot run with the
 * database's knowledge. FAQs are imported and exported as Excel or CSV sheets (see
 * {@code docs/knowledge-import.md}) with a dry-run preview listing every row's problems before anything is
 * saved.
 */
@NullMarked
package org.kefu.server.knowledge;

import org.jspecify.annotations.NullMarked;
