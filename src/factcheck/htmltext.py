"""HTML articles: the main text and the publication date, by trafilatura.

trafilatura is the best-kept main-text extractor for news pages (boilerplate
removal, metadata via htmldate), so the checker does not strip tags by hand.
Offsets of an HTML document refer to this extracted text.
"""
from __future__ import annotations

import logging

from .model import Document


def html_document(doc_id: str, path: str, html: str) -> Document:
    """A Document whose text is the page's main text; raises ValueError when there is none."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    from .ingest import parse_date
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True,
                                             include_comments=False, include_tables=False)
    except Exception as exc:  # the library raises many kinds on broken markup
        raise ValueError(f"unreadable HTML ({type(exc).__name__})") from None
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = data.get("text") or ""
    if not text.strip():
        raise ValueError("HTML with no article text")
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    published = parse_date(data.get("date"))
    return Document(id=doc_id, path=path, text=text, body=(0, len(text)), title=title,
                    outlet=data.get("sitename"), published=published,
                    published_from="html-meta" if published else None, source_format="html")
