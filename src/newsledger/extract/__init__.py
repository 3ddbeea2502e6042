"""Stage 2: extract. One source's text in, its mentions, quotes, claims and events out."""

from __future__ import annotations

import re

from spacy.language import Language

from newsledger.extract.claims import find_claims
from newsledger.extract.events import find_events
from newsledger.extract.mentions import find_mentions
from newsledger.extract.quotes import find_marks, find_quotes, quoted_again_in_body, quoted_token_indexes
from newsledger.extract.records import Extraction
from newsledger.extract.spans import sentence_index
from newsledger.registry import Registry
from newsledger.sources import Source

# A first line standing alone above a blank line is a headline.
HEADLINE = re.compile(r"[^\n]+\n[ \t]*\n")


def headline_end(text: str) -> int:
    """Where the headline ends, or 0. A headline restates the lede in fewer words: its claims and
    events are the body's, told twice and dated more vaguely, so only its quotes and mentions count."""
    found = HEADLINE.match(text)
    return found.end() if found else 0


def extract(source: Source, registry: Registry, nlp: Language) -> Extraction:
    doc = nlp(source.text)
    sentences = sentence_index(doc)
    marks = find_marks(source.text)
    quoted = quoted_token_indexes(doc, marks)
    index = find_mentions(doc, registry, sentences, quoted, source.source_id)
    body = headline_end(source.text)
    quotes = quoted_again_in_body(find_quotes(doc, marks, index, sentences, source.source_id), body)
    claims = find_claims(doc, quotes, index, sentences, source.source_id, quoted)
    headline = {token.i for token in doc if token.idx < body}
    events = find_events(doc, index, registry, sentences, source.published, quoted | headline)
    return Extraction(
        source_id=source.source_id,
        mentions=index.mentions,
        quotes=quotes,
        claims=[claim for claim in claims if claim.span.start >= body],
        events=events,
        new_actors=dict(index.new_actors),
        sentence_starts=[sentence.start_char for sentence in doc.sents],
    )
