"""Stage 2: extract. One source's text in, its mentions, quotes, claims and events out."""

from __future__ import annotations

from spacy.language import Language

from newsledger.extract.claims import find_claims
from newsledger.extract.events import find_events
from newsledger.extract.mentions import find_mentions
from newsledger.extract.quotes import find_marks, find_quotes, quoted_token_indexes
from newsledger.extract.records import Extraction
from newsledger.extract.spans import sentence_index
from newsledger.registry import Registry
from newsledger.sources import Source


def extract(source: Source, registry: Registry, nlp: Language) -> Extraction:
    doc = nlp(source.text)
    sentences = sentence_index(doc)
    marks = find_marks(source.text)
    quoted = quoted_token_indexes(doc, marks)
    index = find_mentions(doc, registry, sentences, quoted, source.source_id)
    quotes = find_quotes(doc, marks, index, sentences, source.source_id)
    claims = find_claims(doc, quotes, index, sentences, source.source_id, quoted)
    events = find_events(doc, index, registry, sentences, source.published)
    return Extraction(
        source_id=source.source_id,
        mentions=index.mentions,
        quotes=quotes,
        claims=claims,
        events=events,
        new_actors=dict(index.new_actors),
        sentence_starts=[sentence.start_char for sentence in doc.sents],
    )
