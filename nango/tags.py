"""Connection tags, checked client-side with the server's rules so a bad tag never leaves.

The rules are Nango's ``connectionTagsSchema`` (connect sessions, ``patch_connection``, the
``list_connections`` filter) and ``connectionEndUserTagsSchema`` (``end_user["tags"]``). Lengths
count UTF-16 code units, as the server (JavaScript) does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import InvalidTagsError, TagProblem, short_repr

__all__ = [
    "MAX_KEY_LENGTH",
    "MAX_TAGS",
    "MAX_VALUE_LENGTH",
    "InvalidTagsError",
    "TagProblem",
    "validate_end_user_tags",
    "validate_tags",
]

MAX_TAGS = 10
MAX_KEY_LENGTH = 64
MAX_VALUE_LENGTH = 255

_KEY = re.compile(r"[a-zA-Z][a-zA-Z0-9_\-./]*")
# zod's email(): Nango checks the value of the end_user_email tag with it (and a length >= 5).
_EMAIL = re.compile(
    r"(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}"
)
_EMAIL_KEY = "end_user_email"


def validate_tags(tags: object) -> dict[str, str]:
    """Connection tags with lower-cased keys, or :class:`~nango.errors.InvalidTagsError`
    listing every broken rule: keys start with a letter, then letters, digits, ``_ - . /``, at
    most 64 characters, unique ignoring case; values are 1 to 255 characters; the value of
    ``end_user_email`` is an email; at most 10 keys."""
    return _checked(tags, "tags", empty_values=False)


def validate_end_user_tags(tags: object) -> dict[str, str]:
    """``end_user["tags"]``: the same rules except that empty values are allowed; keys are
    returned as given (the server does not lower-case them here)."""
    return _checked(tags, "end_user['tags']", empty_values=True, lower=False)


def check_merged_count(
    tags: Mapping[str, str], end_user: object = None, organization: object = None
) -> None:
    """The server adds the tags it derives from ``end_user``/``organization`` to the validated
    ``tags`` (lower-cased keys) and checks the union again: at most 10 keys."""
    merged = {**derived_tags(end_user, organization), **tags}
    if len(merged) > MAX_TAGS:
        added = ", ".join(key for key in merged if key not in tags)
        message = (
            f"tags: at most {MAX_TAGS} keys once Nango adds the ones it derives from "
            f"end_user/organization ({added}); that makes {len(merged)}"
        )
        raise InvalidTagsError([TagProblem("tags", None, "max_keys", message)])


def derived_tags(end_user: object, organization: object) -> dict[str, str]:
    """The tags the server derives from ``end_user`` and ``organization``
    (Nango's ``buildTagsFromEndUser``): ids, email and names, then ``end_user["tags"]``
    (lower-cased, cut to length, invalid keys dropped; all dropped if the total exceeds 10)."""
    base: dict[str, str] = {}
    for source, prefix, fields in (
        (end_user, "end_user", ("id", "email", "display_name")),
        (organization, "organization", ("id", "display_name")),
    ):
        if isinstance(source, Mapping):
            for field in fields:
                value = source.get(field)
                if isinstance(value, str) and value:
                    base[f"{prefix}_{field}"] = _cut(value, MAX_VALUE_LENGTH)
    extra: dict[str, str] = {}
    raw = end_user.get("tags") if isinstance(end_user, Mapping) else None
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            if isinstance(key, str) and isinstance(value, str):
                cut_key = _cut(key.lower(), MAX_KEY_LENGTH)
                if _KEY.fullmatch(cut_key):
                    extra[cut_key] = _cut(value, MAX_VALUE_LENGTH)
    merged = {**base, **extra}
    candidates = [merged, base] if extra and len(merged) <= MAX_TAGS else [base]
    for candidate in candidates:
        normalized, problems = _check(
            list(candidate.items()), "tags", empty_values=False, lower=True
        )
        if not problems:
            return normalized
    return {}


def _checked(tags: object, where: str, *, empty_values: bool, lower: bool = True) -> dict[str, str]:
    if not isinstance(tags, Mapping):
        message = f"{where} must be a mapping of str to str, not {type(tags).__name__}"
        raise InvalidTagsError([TagProblem(where, None, "type", message)])
    return check_items(list(tags.items()), where, empty_values=empty_values, lower=lower)


def check_items(
    items: list[tuple[Any, Any]], where: str, *, empty_values: bool = False, lower: bool = True
) -> dict[str, str]:
    """:func:`validate_tags` on ``(key, value)`` pairs, so that keys made equal by a rename
    (the ``list_connections`` filter's aliases) are still reported."""
    normalized, problems = _check(items, where, empty_values=empty_values, lower=lower)
    if problems:
        raise InvalidTagsError(problems)
    return normalized


def _check(
    items: list[tuple[Any, Any]], where: str, *, empty_values: bool, lower: bool
) -> tuple[dict[str, str], list[TagProblem]]:
    problems: list[TagProblem] = []

    def problem(key: Any, rule: str, text: str) -> None:
        label = f"{where}[{_show(key)}]" if key is not None else where
        problems.append(
            TagProblem(where, key if isinstance(key, str) else None, rule, f"{label}: {text}")
        )

    if len(items) > MAX_TAGS:
        problem(None, "max_keys", f"at most {MAX_TAGS} keys, got {len(items)}")
    seen: dict[str, Any] = {}
    normalized: dict[str, str] = {}
    for key, value in items:
        if not isinstance(key, str):
            problem(key, "key_type", f"keys must be str, not {type(key).__name__}")
        else:
            if not _KEY.fullmatch(key):
                problem(
                    key,
                    "key_format",
                    "keys must start with a letter and contain only "
                    "letters, digits, '_', '-', '.' and '/'",
                )
            if _length(key) > MAX_KEY_LENGTH:
                problem(
                    key,
                    "key_length",
                    f"keys must be at most {MAX_KEY_LENGTH} characters, got {_length(key)}",
                )
            folded = key.lower()
            if folded in seen:
                problem(key, "duplicate_key", f"same key as {_show(seen[folded])} ignoring case")
            seen.setdefault(folded, key)
        if not isinstance(value, str):
            problem(key, "value_type", f"values must be str, not {type(value).__name__}")
            continue
        if not value and not empty_values:
            problem(key, "value_empty", "values cannot be empty")
        elif _length(value) > MAX_VALUE_LENGTH:
            problem(
                key,
                "value_length",
                f"values must be at most {MAX_VALUE_LENGTH} characters, "
                f"got {_length(value)} ({_show(value)})",
            )
        if isinstance(key, str) and key.lower() == _EMAIL_KEY and not _is_email(value):
            problem(key, "email", f"the value must be an email, got {_show(value)}")
        if isinstance(key, str):
            normalized[key.lower() if lower else key] = value
    return normalized, problems


def _is_email(value: str) -> bool:
    return _length(value) >= 5 and _EMAIL.fullmatch(value) is not None


def _length(text: str) -> int:
    """JavaScript's ``length``: UTF-16 code units."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _cut(text: str, limit: int) -> str:
    """JavaScript's ``slice(0, limit)`` (UTF-16 code units)."""
    if _length(text) <= limit:
        return text
    units = text.encode("utf-16-le", "surrogatepass")[: 2 * limit]
    return units.decode("utf-16-le", "surrogatepass")


def _show(value: object) -> str:
    return short_repr(value, 40)
