"""Which of the three working languages (fr, en, es) a text is in, from stopword counts."""

from __future__ import annotations

import re
from collections import Counter

# Frequent function words that are specific to one language (shared ones like "de", "la",
# "a", "en" would blur French and Spanish, so they are left out).
STOPWORDS = {
    "fr": set(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "est",
            "une",
            "dans",
            "pour",
            "qui",
            "que",
            "sur",
            "au",
            "aux",
            "avec",
            "ce",
            "cette",
            "ces",
            "sont",
            "été",
            "par",
            "pas",
            "plus",
            "ont",
            "leur",
            "leurs",
            "nous",
            "vous",
            "il",
            "elle",
            "ils",
            "ou",
            "où",
            "être",
            "mais",
            "comme",
            "aussi",
            "entre",
            "lors",
            "après",
        ]
    ),
    "en": set(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "are",
            "was",
            "were",
            "for",
            "with",
            "that",
            "this",
            "these",
            "which",
            "on",
            "by",
            "from",
            "at",
            "as",
            "be",
            "have",
            "has",
            "will",
            "their",
            "our",
            "an",
            "it",
            "its",
            "or",
            "not",
            "been",
            "who",
            "also",
            "between",
            "after",
        ]
    ),
    "es": set(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "es",
            "una",
            "por",
            "para",
            "con",
            "que",
            "se",
            "su",
            "sus",
            "al",
            "como",
            "más",
            "pero",
            "este",
            "esta",
            "estos",
            "son",
            "fue",
            "han",
            "sobre",
            "entre",
            "también",
            "después",
            "muy",
            "ser",
        ]
    ),
}
LANGUAGES = tuple(STOPWORDS)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str = "fr") -> str:
    """``fr``, ``en`` or ``es``: the language whose stopwords are most frequent.

    >>> detect_language("The mayor of Utrecht and the secretary general of UCLG")
    'en'
    """
    seen = Counter(_WORD.findall(text[:200_000].lower()))  # each word counted once, not looked up once per language
    counts = {lang: sum(seen[word] for word in words if word in seen) for lang, words in STOPWORDS.items()}
    if not any(counts.values()):
        return default
    return max(LANGUAGES, key=lambda lang: (counts[lang], lang == default))
