"""Every sentence the reports print, computed from the tables, and the wording helpers they share.

Notebooks build no paragraph themselves: they call these functions, which take the result tables of
:mod:`videomarket.market`, :mod:`videomarket.leaderboard`, :mod:`videomarket.arena` and
:mod:`videomarket.guide` and return Markdown. Numbers go through :mod:`videomarket.stories.fmt`
(percentages, USD, rating points, dates, counts), and every claim about a lead carries its
probability or says why none can be given.

Example::

    >>> from videomarket.stories import fmt
    >>> fmt.usd_m(2562.9), fmt.count(1, "board"), fmt.count(3, "board")
    ('USD 2.56B', '1 board', '3 boards')
"""

from __future__ import annotations

from videomarket.stories import fmt
from videomarket.stories._guide import (
    chance_text,
    claim_summary,
    claim_verdict,
    claims_table,
    flagged_table,
    leaders_table,
    pool_label,
    pools_text,
    rating_text,
    sources_markdown,
    value_table,
)
from videomarket.stories._leaderboard import (
    EVIDENCE_WORDS,
    change_sentence,
    december_board,
    lead_qualifier,
    pool_paragraph,
    probability,
    spell_sentence,
    when,
)
from videomarket.stories._market import (
    AUDIT_COLUMNS,
    CLAIM_COLUMNS,
    COMPARISON_COLUMNS,
    EDITION_COLUMNS,
    FIGURE_COLUMNS,
    FIT_COLUMNS,
    GROWTH_COLUMNS,
    audit_text,
    claim_rate,
    claim_text,
    editions_text,
    fits_text,
    paths_text,
    verdict_text,
)
from videomarket.stories._notes import (
    GLOSSARY,
    STALE_AFTER_DAYS,
    bullet_list,
    data_as_of,
    glossary,
    key_findings,
    plain_labels,
    sources_section,
    term,
)

__all__ = [
    "AUDIT_COLUMNS",
    "CLAIM_COLUMNS",
    "COMPARISON_COLUMNS",
    "EDITION_COLUMNS",
    "EVIDENCE_WORDS",
    "FIGURE_COLUMNS",
    "FIT_COLUMNS",
    "GLOSSARY",
    "GROWTH_COLUMNS",
    "STALE_AFTER_DAYS",
    "audit_text",
    "bullet_list",
    "chance_text",
    "change_sentence",
    "claim_rate",
    "claim_summary",
    "claim_text",
    "claim_verdict",
    "claims_table",
    "data_as_of",
    "december_board",
    "editions_text",
    "fits_text",
    "flagged_table",
    "fmt",
    "glossary",
    "key_findings",
    "lead_qualifier",
    "leaders_table",
    "paths_text",
    "plain_labels",
    "pool_label",
    "pool_paragraph",
    "pools_text",
    "probability",
    "rating_text",
    "sources_markdown",
    "sources_section",
    "spell_sentence",
    "term",
    "value_table",
    "verdict_text",
    "when",
]
