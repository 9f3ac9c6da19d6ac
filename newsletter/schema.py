"""Checking parsed TOML against a schema of dataclasses: types, unknown keys, every problem by dotted key.

Knows nothing of the newsletter's own keys (those are in `config.py`): a field is a
`setting` (`settings.py`) whose type says what the value must be. A wrong value is
reported and its default stands in, so checking goes on and every problem is found
in one pass; an unknown key is a warning with a "did you mean".
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import typing
from typing import Any, Literal

# A line break in a value that reaches a mail header would add a header (Bcc:) to every message.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class Tagged:
    """The schema of a table whose `type` key picks its kind's settings (a `[[sources]]` entry)."""

    def __init__(self, kinds: typing.Callable[[], dict[str, type]]):
        self.kinds = kinds


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def toml_key(f: dataclasses.Field) -> str:
    """A field's name in the TOML file (`from` for `from_addr`)."""
    return f.metadata.get("key", f.name)


def schema_fields(cls: type) -> list[dataclasses.Field]:
    """The fields of a schema dataclass that are config keys (not the loader's own bookkeeping)."""
    return [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


def schema_hints(cls: type) -> dict[str, Any]:
    """Each field's type; a field whose shape depends on what is registered says so in its metadata."""
    hints = typing.get_type_hints(cls)
    for f in schema_fields(cls):
        if "schema" in f.metadata:
            hints[f.name] = f.metadata["schema"]()
    return hints


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class Checker:
    """Checks parsed TOML against a dataclass schema, collecting every problem and warning by dotted key."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def section(self, cls: type, data: Any, key: str) -> Any:
        if not isinstance(data, dict):
            self.problems.append(f"{key}: expected a table, got {_describe(data)}")
            return cls()
        hints = schema_hints(cls)
        known = {toml_key(f): f for f in schema_fields(cls)}
        for name in data:
            if name not in known:
                close = difflib.get_close_matches(name, list(known), n=1)
                hint = f' (did you mean "{close[0]}"?)' if close else ""
                self.warnings.append(f"{join_key(key, name)}: unknown key, ignored{hint}")
        values = {}
        for tkey, f in known.items():
            if tkey in data:
                before = len(self.problems)
                value = self.value(hints[f.name], data[tkey], join_key(key, tkey))
                # A wrong value is reported once: its default stands in, so the checks of meaning that run
                # next do not report it again as some other problem.
                scalar = not dataclasses.is_dataclass(hints[f.name]) and typing.get_origin(hints[f.name]) is not list
                if len(self.problems) == before or not scalar or not _has_default(f):
                    values[f.name] = value
        try:
            return cls(**values)
        except TypeError:
            missing = [toml_key(f) for f in schema_fields(cls) if f.default is dataclasses.MISSING
                       and f.default_factory is dataclasses.MISSING and f.name not in values]
            for m in missing:
                self.problems.append(f"{join_key(key, m)}: required key is missing")
            return None

    def tagged(self, tp: Tagged, data: Any, key: str) -> Any:
        """A table checked against the settings of the kind its `type` names; None when there is no such kind."""
        if not isinstance(data, dict):
            self.problems.append(f"{key}: expected a table, got {_describe(data)}")
            return None
        kinds = tp.kinds()
        if "type" not in data:
            self.problems.append(f"{key}.type: required key is missing")
            return None
        if not isinstance(data["type"], str) or data["type"] not in kinds:
            self.problems.append(f"{key}.type: expected one of {', '.join(kinds)}, got {_describe(data['type'])}")
            return None
        own = {toml_key(f) for f in schema_fields(kinds[data["type"]])}
        # One table may carry every kind's keys (the sample config does): another kind's are checked, then unused.
        foreign = {}
        for kind in kinds.values():
            hints = schema_hints(kind)
            foreign |= {toml_key(f): hints[f.name] for f in schema_fields(kind) if toml_key(f) not in own | set(foreign)}
        for name in foreign.keys() & data.keys():
            self.value(foreign[name], data[name], join_key(key, name))
        return self.section(kinds[data["type"]], {k: v for k, v in data.items() if k not in foreign}, key)

    def value(self, tp: Any, data: Any, key: str) -> Any:
        origin = typing.get_origin(tp)
        if dataclasses.is_dataclass(tp):
            return self.section(tp, data, key)
        if isinstance(tp, Tagged):
            return self.tagged(tp, data, key)
        if origin is list:
            (item,) = typing.get_args(tp)
            if not isinstance(data, list):
                self.problems.append(f"{key}: expected a list, got {_describe(data)}")
                return []
            # An item that could not be read stays as None (its problem is reported), so the next keep their index.
            return [self.value(item, v, f"{key}[{i}]") for i, v in enumerate(data)]
        if origin is Literal:
            choices = typing.get_args(tp)
            if data not in choices:
                self.problems.append(f"{key}: expected one of {', '.join(choices)}, got {_describe(data)}")
                return choices[0]
            return data
        if tp is dict:
            if not isinstance(data, dict):
                self.problems.append(f"{key}: expected a table, got {_describe(data)}")
                return {}
            bad = [k for k, v in data.items() if not isinstance(v, int) or isinstance(v, bool)]
            for k in bad:
                self.problems.append(f'{key}."{k}": expected an integer id, got {_describe(data[k])}')
            return {k: v for k, v in data.items() if k not in bad}
        if tp is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if tp is float and isinstance(data, float) and not math.isfinite(data):
            self.problems.append(f"{key}: expected a finite number, got {data}")
            return 0.0
        if tp is str and isinstance(data, str) and _CONTROL.search(data):
            # A line break in a value that reaches a mail header would add a header (Bcc:) to every message.
            self.problems.append(f"{key}: contains a line break or control character; write it on one line")
            return ""
        if tp in _TYPE_NAMES and (not isinstance(data, tp) or (tp is int and isinstance(data, bool))):
            self.problems.append(f"{key}: expected {_TYPE_NAMES[tp]}, got {_describe(data)}")
            return tp()
        return data


def _has_default(f: dataclasses.Field) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING


def join_key(prefix: str, name: str) -> str:
    """`delivery` + `smtp` -> `delivery.smtp`."""
    return f"{prefix}.{name}" if prefix else name


def documented_keys(cls: type, prefix: str = "") -> typing.Iterator[tuple[str, str]]:
    """Every (dotted key, doc line) of the schema; used to check config.toml and README.

    A `[[sources]]` key shared by several kinds (`name`) comes once, with the first kind's doc.
    """
    hints = schema_hints(cls)
    seen: set[str] = set()
    for f in schema_fields(cls):
        key = join_key(prefix, toml_key(f))
        tp = hints[f.name]
        if typing.get_origin(tp) is list:
            (tp,) = typing.get_args(tp)
        parts = list(tp.kinds().values()) if isinstance(tp, Tagged) else [tp]
        for part in parts:
            if dataclasses.is_dataclass(part):
                for item in documented_keys(part, key):
                    if item[0] not in seen:
                        seen.add(item[0])
                        yield item
            elif key not in seen:
                seen.add(key)
                yield key, f.metadata["doc"]
