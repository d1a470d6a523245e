"""Token-shaped secrets as the cloud really issues them, and the check that none leaks.

``secrets.token_urlsafe`` bodies use ``-`` and ``_``; a mask that stops at either would show
the rest. Each token here has both, at varying places, and the leak check looks for any
fragment of the body (not only the whole token), so a half-masked token still fails.
"""

from __future__ import annotations

import random
import re
import secrets

PREFIXES = ("nmv_usr_", "nmv_anon_", "nmv_k9_")
PREFIX = re.compile(r"^nmv_[A-Za-z0-9]+_")


def realistic_tokens(count: int = 4) -> list[str]:
    """Fresh tokens, each with at least one ``-`` and one ``_`` inside its body."""
    tokens = []
    for index in range(count):
        body = list(secrets.token_urlsafe(18).replace("-", "x").replace("_", "y"))
        dash, under = random.sample(range(1, len(body) - 1), 2)
        body[dash], body[under] = "-", "_"
        tokens.append(PREFIXES[index % len(PREFIXES)] + "".join(body))
    return tokens


def fragments(token: str, size: int = 5) -> list[str]:
    """Every run of ``size`` characters of the token's body (after an ``nmv_xxx_`` prefix)."""
    body = PREFIX.sub("", token, count=1)
    return [body[i : i + size] for i in range(len(body) - size + 1)]


def leaked(text: str, tokens: list[str]) -> list[str]:
    """The fragments of any of ``tokens`` that appear in ``text`` (empty: nothing leaked):
    runs of 5 as written, and runs of 8 in any case (a token shown lowercased, as a reply
    quoting a message may, is still a token; longer runs keep chance matches out)."""
    folded = text.casefold()
    exact = [piece for token in tokens for piece in fragments(token) if piece in text]
    cased = [p for token in tokens for p in fragments(token, 8) if p.casefold() in folded]
    return exact + cased
