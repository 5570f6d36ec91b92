"""DNS name rules shared by the value objects and the constructs."""

from __future__ import annotations

import re

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
MAX_TXT_STRING = 255
MAX_NAME_LENGTH = 253
"""Longest domain name in text form, without the final dot (RFC 1035 2.3.4: 255 octets on the wire)."""


def is_dns_label(label: str) -> bool:
    """A single LDH host label: letters, digits, hyphens, 1-63 chars, no edge hyphen."""
    return bool(_LABEL.match(label))


def normalize_domain(name: str) -> str:
    """Lower-case, strip one trailing dot, and check it is a hostname of two labels or more.

    Raises ValueError naming what is wrong.
    """
    if not isinstance(name, str):
        raise ValueError("must be a string")
    text = name.strip().lower()
    if text.endswith("."):
        text = text[:-1]
    if not text.isascii():
        raise ValueError(f"{name!r} is not ASCII; give internationalized names in punycode (xn--...)")
    labels = text.split(".")
    if len(labels) < 2:
        raise ValueError(f"{name!r} is not a fully qualified domain name (needs a dot)")
    if len(text) > MAX_NAME_LENGTH:
        raise ValueError(f"{name!r} is longer than {MAX_NAME_LENGTH} characters")
    bad = [label for label in labels if not is_dns_label(label)]
    if bad:
        raise ValueError(
            f"{name!r} has an invalid label {bad[0]!r} (letters, digits and inner hyphens, 1-63 chars)"
        )
    if labels[-1].isdigit():
        raise ValueError(f"{name!r} has a numeric top-level label")
    return text


def txt_record_value(text: str) -> str:
    """Render a TXT value for Route 53, split into 255-byte strings when longer.

    Route 53 (through the Terraform provider) joins the pieces with ``""``.
    """
    if len(text) <= MAX_TXT_STRING:
        return text
    chunks = [text[i : i + MAX_TXT_STRING] for i in range(0, len(text), MAX_TXT_STRING)]
    return '""'.join(chunks)
