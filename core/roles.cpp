// Paragraph roles: title, subtitle, byline, dateline, heading, body, caption,
// boilerplate (docs/roles.md).
//
// Pass 1 decides what a paragraph is from its own text (cue phrases, credit
// lines, datelines, notices in capitals). Pass 2 uses position and
// neighbours. Every pass fills only paragraphs still open; what no rule claims
// is body, so a paragraph is never boilerplate merely for being short.
#include "lowered_text.h"
#include "paragraphs.h"
#include "role_context.h"

namespace claimscope {

void classify_paragraphs(std::string_view text, std::vector<Paragraph>& paragraphs, const LoweredText* lowered,
                         RoleBuffers* kept) {
  if (paragraphs.empty()) return;
  // At the structure stage (and in tests) no copy was made before: the
  // paragraph features read one, made here.
  LoweredText own;
  if (!lowered) {
    own.build(text);
    for (const Paragraph& p : paragraphs) own.stop_at(p.span.end);
    lowered = &own;
  }
  RoleContext c(text, paragraphs, *lowered, kept);
  decide_alone(c);
  // The top of the article.
  find_title(c);
  mark_date_lines(c);
  mark_repeats(c);
  mark_bare_names(c);
  find_subtitle(c);
  set_dateline_prefixes(c);
  // Inside and below it.
  mark_author_bios(c);
  mark_captions_before_credits(c);
  mark_related_links(c);
  mark_headings(c);
  mark_body(c);
}

}  // namespace claimscope
