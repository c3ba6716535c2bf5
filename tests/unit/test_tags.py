"""``nango.tags``: the server's tag rules, client-side, and every method that sends tags."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nango import InvalidTagsError, NangoTypeError
from nango.tags import TagProblem, derived_tags, validate_end_user_tags, validate_tags

from .conftest import Client, Recorder, assert_not_sent

SESSION = {
    "data": {
        "token": "nango_connect_session_x",
        "connect_link": "http://127.0.0.1:3009/?session_token=nango_connect_session_x",
        "expires_at": "2026-11-22T04:13:56.188Z",
    }
}


def rules(error: InvalidTagsError) -> list[tuple[str | None, str]]:
    return [(problem.key, problem.rule) for problem in error.problems]


def invalid(tags: object, *, end_user: bool = False) -> InvalidTagsError:
    with pytest.raises(InvalidTagsError) as info:
        (validate_end_user_tags if end_user else validate_tags)(tags)
    return info.value


# The rules, each at its boundary


def test_valid_tags_come_back_with_lower_cased_keys_and_values_unchanged() -> None:
    tags = {"UPPER": "Val", "Mixed_Case": "X", "a/b.c-d_e": "ok", "end_user_email": "u@ex.io"}

    assert validate_tags(tags) == {
        "upper": "Val",
        "mixed_case": "X",
        "a/b.c-d_e": "ok",
        "end_user_email": "u@ex.io",
    }


def test_no_tags_is_valid() -> None:
    assert validate_tags({}) == {}


@pytest.mark.parametrize(("length", "ok"), [(1, True), (64, True), (65, False)])
def test_key_length_limit_is_64(length: int, ok: bool) -> None:
    key = "k" * length
    if ok:
        assert validate_tags({key: "v"}) == {key: "v"}
    else:
        assert rules(invalid({key: "v"})) == [(key, "key_length")]


@pytest.mark.parametrize(("length", "ok"), [(1, True), (255, True), (256, False)])
def test_value_length_limit_is_255(length: int, ok: bool) -> None:
    value = "v" * length
    if ok:
        assert validate_tags({"k": value}) == {"k": value}
    else:
        assert rules(invalid({"k": value})) == [("k", "value_length")]


def test_lengths_count_utf16_code_units_like_the_server() -> None:
    # An emoji is two UTF-16 code units: 254 + 2 = 256 > 255, although len() is 255.
    value = "v" * 254 + "\N{GRINNING FACE}"
    assert len(value) == 255

    assert rules(invalid({"k": value})) == [("k", "value_length")]
    assert validate_tags({"k": value[:-2] + "\N{GRINNING FACE}"})


@pytest.mark.parametrize(("count", "ok"), [(10, True), (11, False)])
def test_at_most_10_keys(count: int, ok: bool) -> None:
    tags = {f"k{i}": "v" for i in range(count)}
    if ok:
        assert validate_tags(tags) == tags
    else:
        assert rules(invalid(tags)) == [(None, "max_keys")]


def test_empty_value_is_refused() -> None:
    assert rules(invalid({"org": ""})) == [("org", "value_empty")]


@pytest.mark.parametrize("key", ["a", "Z", "a1", "a_b", "a-b", "a.b", "a/b", "end_user_email"])
def test_key_format_accepted(key: str) -> None:
    value = "u@example.com" if key == "end_user_email" else "v"
    assert validate_tags({key: value}) == {key.lower(): value}


@pytest.mark.parametrize(
    "key", ["", "1abc", "_u", "-a", ".a", "/a", "has space", "a:b", "é", "aé", "a\n", "a+b", "a@b"]
)
def test_key_format_refused(key: str) -> None:
    assert rules(invalid({key: "v"})) == [(key, "key_format")]


def test_keys_equal_ignoring_case_are_refused() -> None:
    error = invalid({"Org": "a", "ORG": "b"})

    assert rules(error) == [("ORG", "duplicate_key")]
    assert "'Org'" in str(error)


@pytest.mark.parametrize(
    "email", ["u@example.com", "first.last+tag@sub.example.org", "a_b@x-y.io", "o'n@ex.co"]
)
def test_end_user_email_accepts_emails(email: str) -> None:
    assert validate_tags({"END_USER_EMAIL": email}) == {"end_user_email": email}


@pytest.mark.parametrize(
    "value",
    [
        "not-an-email",
        "a@b",
        "a@b.c",
        ".a@ex.com",
        "a..b@ex.com",
        "a.@ex.com",
        "a@-ex.com",
        "a@ex.c0m",
        "a b@ex.com",
        "a@ex.com\n",
        "",
    ],
)
def test_end_user_email_refuses_non_emails(value: str) -> None:
    problems = rules(invalid({"end_user_email": value}))

    assert ("end_user_email", "email") in problems


def test_type_problems() -> None:
    assert rules(invalid({"team": 1})) == [("team", "value_type")]
    assert rules(invalid({"team": None})) == [("team", "value_type")]
    assert rules(invalid({1: "blue"})) == [(None, "key_type")]
    assert rules(invalid(["team"])) == [(None, "type")]
    assert rules(invalid(None)) == [(None, "type")]


def test_every_problem_is_listed_at_once_with_values_truncated() -> None:
    long_value = "v" * 300
    tags = {"1bad": "x", "team": "", "Team": "b", "k" * 65: long_value, "end_user_email": "no"}

    error = invalid(tags)

    assert rules(error) == [
        ("1bad", "key_format"),
        ("team", "value_empty"),
        ("Team", "duplicate_key"),
        ("k" * 65, "key_length"),
        ("k" * 65, "value_length"),
        ("end_user_email", "email"),
    ]
    message = str(error)
    assert message.startswith("6 invalid tags: ")
    assert long_value not in message
    assert "got 300" in message
    assert all(isinstance(problem, TagProblem) for problem in error.problems)
    assert all(str(problem) in message for problem in error.problems)


def test_invalid_tags_error_is_a_value_error() -> None:
    assert isinstance(invalid({"org": ""}), ValueError)


# end_user["tags"]: empty values allowed, keys kept as given


def test_end_user_tags_allow_empty_values_and_keep_key_case() -> None:
    assert validate_end_user_tags({"Plan": "", "Team": "Blue"}) == {"Plan": "", "Team": "Blue"}


def test_end_user_tags_share_the_other_rules() -> None:
    tags = {"1bad": "x", "Org": "a", "ORG": "b", "v": "v" * 256, "end_user_email": ""}

    error = invalid(tags, end_user=True)

    assert rules(error) == [
        ("1bad", "key_format"),
        ("ORG", "duplicate_key"),
        ("v", "value_length"),
        ("end_user_email", "email"),
    ]
    assert str(error).count("end_user['tags']") == 4
    assert rules(invalid({f"k{i}": "" for i in range(11)}, end_user=True)) == [(None, "max_keys")]


# The tags the server derives from end_user / organization


def test_derived_tags_follow_the_server() -> None:
    end_user = {
        "id": "u-1",
        "email": "u1@example.com",
        "display_name": "",
        "tags": {"Plan": "pro", "1bad": "x", "k" * 70: "y", "n": 1},
    }

    assert derived_tags(end_user, {"id": "o-1", "display_name": "O"}) == {
        "end_user_id": "u-1",
        "end_user_email": "u1@example.com",
        "organization_id": "o-1",
        "organization_display_name": "O",
        "plan": "pro",
        "k" * 64: "y",
    }


def test_derived_tags_drop_end_user_tags_beyond_10_and_bad_emails() -> None:
    many = {"id": "u", "tags": {f"t{i}": "v" for i in range(10)}}
    assert derived_tags(many, None) == {"end_user_id": "u"}
    assert derived_tags({"id": "u", "email": "nope"}, None) == {}
    assert derived_tags(None, None) == {}


# Property-based: the validator against an independent formulation of the rules

_KEY_ORACLE = re.compile(r"\A[A-Za-z][\w./-]{0,63}\Z", re.ASCII)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _oracle_email(value: str) -> bool:
    if _units(value) < 5 or value.startswith(".") or ".." in value or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    local_ok = set(local) <= set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'+-."
    )
    if not local or not local_ok or local[-1] in ".'":
        return False
    *labels, top = domain.split(".")
    alnum = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return (
        bool(labels)
        and all(label and label[0] in alnum and set(label) <= alnum | {"-"} for label in labels)
        and len(top) >= 2
        and top.isascii()
        and top.isalpha()
    )


def _oracle(tags: dict[Any, Any], *, empty_values: bool = False) -> set[tuple[str | None, str]]:
    """The broken rules, computed without the validator's code."""
    broken: set[tuple[str | None, str]] = set()
    if len(tags) > 10:
        broken.add((None, "max_keys"))
    folded: list[str] = []
    for key, value in tags.items():
        name = key if isinstance(key, str) else None
        if isinstance(key, str):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_./-]*", key, re.ASCII):
                broken.add((name, "key_format"))
            if _units(key) > 64:
                broken.add((name, "key_length"))
            if key.lower() in folded:
                broken.add((name, "duplicate_key"))
            folded.append(key.lower())
        else:
            broken.add((None, "key_type"))
        if not isinstance(value, str):
            broken.add((name, "value_type"))
            continue
        if _units(value) == 0 and not empty_values:
            broken.add((name, "value_empty"))
        elif _units(value) > 255:
            broken.add((name, "value_length"))
        if isinstance(key, str) and key.lower() == "end_user_email" and not _oracle_email(value):
            broken.add((name, "email"))
    return broken


_keys = st.one_of(
    st.from_regex(_KEY_ORACLE, fullmatch=True),
    st.text(max_size=70),
    st.sampled_from(["end_user_email", "END_USER_EMAIL", "Team", "team", "k" * 64, "k" * 65]),
    st.integers(),
)
_values = st.one_of(
    st.text(max_size=300),
    st.emails(),
    st.sampled_from(["", "v" * 255, "v" * 256, "a@b.co", "a..b@ex.com", "x" * 254 + "\U0001f600"]),
    st.none(),
    st.integers(),
)
_tag_maps = st.dictionaries(_keys, _values, max_size=13)


@settings(max_examples=400, deadline=None)
@given(_tag_maps)
def test_validator_agrees_with_an_independent_formulation(tags: dict[Any, Any]) -> None:
    expected = _oracle(tags)
    if expected:
        assert set(rules(invalid(tags))) == expected
    else:
        assert validate_tags(tags) == {key.lower(): value for key, value in tags.items()}


@settings(max_examples=200, deadline=None)
@given(_tag_maps)
def test_end_user_validator_agrees_with_an_independent_formulation(tags: dict[Any, Any]) -> None:
    expected = _oracle(tags, empty_values=True)
    if expected:
        assert set(rules(invalid(tags, end_user=True))) == expected
    else:
        assert validate_end_user_tags(tags) == tags


@settings(max_examples=200, deadline=None)
@given(st.one_of(_tag_maps, st.lists(st.text()), st.text(), st.integers(), st.none()))
def test_validator_raises_nothing_but_invalid_tags_error(tags: object) -> None:
    try:
        validate_tags(tags)
        validate_end_user_tags(tags)
    except InvalidTagsError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.emails())
def test_generated_emails_agree_with_the_oracle(email: str) -> None:
    accepted = True
    try:
        validate_tags({"end_user_email": email})
    except InvalidTagsError:
        accepted = False
    assert accepted == _oracle_email(email)


# Every method that sends tags checks them first: nothing reaches the network

BAD_TAGS = [
    pytest.param({"1bad": "x"}, id="key-format"),
    pytest.param({"k" * 65: "x"}, id="key-65"),
    pytest.param({"k": "v" * 256}, id="value-256"),
    pytest.param({"k": ""}, id="empty-value"),
    pytest.param({f"k{i}": "v" for i in range(11)}, id="11-keys"),
    pytest.param({"Org": "a", "org": "b"}, id="case-duplicate"),
    pytest.param({"end_user_email": "nope"}, id="email"),
    pytest.param({"team": 1}, id="value-type"),
]

TAG_METHODS = [
    pytest.param("create_connect_session", (), id="create_connect_session"),
    pytest.param(
        "create_reconnect_session", ("conn-1", "github-ref"), id="create_reconnect_session"
    ),
    pytest.param("patch_connection", ("github-ref", "conn-1"), id="patch_connection"),
    pytest.param("list_connections", (), id="list_connections"),
]


@pytest.mark.parametrize(("method", "args"), TAG_METHODS)
@pytest.mark.parametrize("tags", BAD_TAGS)
def test_methods_refuse_bad_tags_before_sending(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...], tags: dict[Any, Any]
) -> None:
    assert_not_sent(client, recorder, InvalidTagsError, method, *args, tags=tags)


@pytest.mark.parametrize(("method", "args"), TAG_METHODS[:3])
@pytest.mark.parametrize(
    "user_tags",
    [
        pytest.param({"1bad": "x"}, id="key-format"),
        pytest.param({"k": "v" * 256}, id="value-256"),
        pytest.param({f"k{i}": "" for i in range(11)}, id="11-keys"),
        pytest.param({"Plan": "a", "PLAN": "b"}, id="case-duplicate"),
        pytest.param(["plan"], id="not-a-mapping"),
    ],
)
def test_methods_refuse_bad_end_user_tags_before_sending(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...], user_tags: Any
) -> None:
    end_user = {"id": "u-1", "tags": user_tags}
    assert_not_sent(client, recorder, InvalidTagsError, method, *args, end_user=end_user)


@pytest.mark.parametrize(("method", "args"), TAG_METHODS[:3])
def test_methods_send_valid_tags_as_given(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...]
) -> None:
    recorder.reply(200, {"success": True} if method == "patch_connection" else SESSION)
    tags = {"UPPER": "Val", "k" * 64: "v" * 255, **{f"k{i}": "v" for i in range(7)}}
    end_user = {"id": "u-1", "tags": {"Plan": "", "Team": "blue"}}

    client.call(method, *args, tags=tags, end_user=end_user)

    assert recorder.body()["tags"] == tags
    assert recorder.body()["end_user"] == end_user


@pytest.mark.parametrize(("method", "args"), TAG_METHODS[:2])
def test_sessions_count_the_tags_derived_from_end_user_and_organization(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...]
) -> None:
    # The server adds end_user_id, end_user_email and organization_id, then allows 10 keys.
    end_user = {"id": "u-1", "email": "u1@example.com"}
    organization = {"id": "o-1"}
    seven = {f"k{i}": "v" for i in range(7)}
    recorder.reply(200, SESSION)

    client.call(method, *args, tags=seven, end_user=end_user, organization=organization)

    with pytest.raises(InvalidTagsError, match="end_user_id, end_user_email, organization_id"):
        client.call(
            method, *args, tags={**seven, "k7": "v"}, end_user=end_user, organization=organization
        )
    assert len(recorder.requests) == 1


def test_patch_connection_counts_the_tags_derived_from_end_user(
    client: Client, recorder: Recorder
) -> None:
    end_user = {"id": "u-1", "display_name": "One"}
    nine = {f"k{i}": "v" for i in range(9)}

    assert_not_sent(
        client,
        recorder,
        InvalidTagsError,
        "patch_connection",
        "github-ref",
        "conn-1",
        tags=nine,
        end_user=end_user,
    )
    recorder.reply(200, {"success": True})
    client.call(
        "patch_connection",
        "github-ref",
        "conn-1",
        tags={**nine, "end_user_id": "u-1"},
        end_user={"id": "u-1"},
    )
    assert len(recorder.body()["tags"]) == 10


def test_list_connections_filter_checks_keys_after_node_aliases(
    client: Client, recorder: Recorder
) -> None:
    # "email" is sent as tags[end_user_email]: it must be an email, and cannot repeat that key.
    assert_not_sent(
        client, recorder, InvalidTagsError, "list_connections", tags={"email": "not-an-email"}
    )
    with pytest.raises(InvalidTagsError) as info:
        client.call("list_connections", tags={"email": "a@ex.com", "END_USER_EMAIL": "b@ex.com"})
    assert rules(info.value) == [("END_USER_EMAIL", "duplicate_key")]
    assert recorder.requests == []


def test_non_mapping_tags_are_a_type_error(client: Client, recorder: Recorder) -> None:
    assert_not_sent(client, recorder, NangoTypeError, "create_connect_session", tags="team=blue")
    assert_not_sent(client, recorder, NangoTypeError, "list_connections", tags=[("a", "b")])
