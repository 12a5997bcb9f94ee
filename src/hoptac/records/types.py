"""The record types, declared once in `lexicon/data/types.toml` and read by every stage.

What a type is (its roles, extra fields, merge key, minimum parties, whether it
inherits an occasion's date, which types it governs, which handler judges its
cues) used to be spread over the rules, the context, the merge, the model, the
scorer and the tests; a type added to cues.toml was silently ignored. Now the
cue compiler refuses a cues.toml section that names no declared type, and a
type declared here with an existing handler flows end to end with no code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from hoptac.lexicon import LexiconError, read_toml, toml_where

ROLES = ("participants", "directed", "source")
_KEYS = {"roles", "handler", "min_parties", "inherits_event_date", "fields", "optional", "merge_on", "governs",
         "values", "match_on"}
# Which roles each handler fills: a declaration pairing them otherwise is refused.
_HANDLER_ROLES = {"consult": "participants", "agree": "participants", "directed": "directed", "aid": "directed",
                  "measure": "source"}
FIELDS = ("mode", "category", "status", "measure", "quantities")


@dataclass(frozen=True)
class RecordType:
    """One declared record type (see types.toml for what each key means)."""

    name: str
    roles: str
    handler: str
    min_parties: int = 2
    inherits_event_date: bool = True
    fields: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()  # fields written only when they hold something
    merge_on: tuple[str, ...] = ()
    match_on: tuple[str, ...] = ()
    governs: frozenset[str] = frozenset()
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    where: str = ""


def _fail(name: str, key: str | None, why: str) -> LexiconError:
    path = (name, key) if key else (name,)
    return LexiconError(f"{toml_where('types.toml', *path)}: [{name}] {why}")


def _declare(name: str, spec: dict[str, Any]) -> RecordType:
    unknown = sorted(set(spec) - _KEYS)
    if unknown:
        raise _fail(name, unknown[0], f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    if spec.get("roles") not in ROLES:
        raise _fail(name, "roles", f"roles must be one of {', '.join(ROLES)}, not {spec.get('roles')!r}")
    from hoptac.records.handlers import HANDLERS  # the registry: handlers.py imports this module

    if spec.get("handler") not in HANDLERS:
        raise _fail(name, "handler", f"handler must be one of {', '.join(HANDLERS)}, not {spec.get('handler')!r}")
    if _HANDLER_ROLES[spec["handler"]] != spec["roles"]:
        raise _fail(name, "roles", f"handler {spec['handler']!r} fills roles {_HANDLER_ROLES[spec['handler']]!r}, "
                                   f"not {spec['roles']!r}")
    for key, kind in (("min_parties", int), ("inherits_event_date", bool)):
        if key in spec and (type(spec[key]) is not kind or (kind is int and spec[key] < 1)):
            raise _fail(name, key, f"{key} must be {'a whole number ≥ 1' if kind is int else 'true or false'}, "
                                   f"not {spec[key]!r}")
    for key in ("fields", "optional", "merge_on", "match_on", "governs"):
        if key in spec and (not isinstance(spec[key], list) or not all(isinstance(x, str) for x in spec[key])):
            raise _fail(name, key, f"{key} must be a list of names, not {spec[key]!r}")
    fields = tuple(spec.get("fields", ()))
    bad = [f for f in fields if f not in FIELDS]
    if bad:
        raise _fail(name, "fields", f"fields: unknown field {bad[0]!r} (known: {', '.join(FIELDS)})")
    for key in ("optional", "merge_on", "match_on"):
        bad = [f for f in spec.get(key, ()) if f not in fields]
        if bad:
            raise _fail(name, key, f"{key}: {bad[0]!r} is not one of this type's fields ({', '.join(fields)})")
    values = {k: tuple(v) for k, v in spec.get("values", {}).items()}
    bad = [k for k in values if k not in fields]
    if bad:
        raise _fail(name, "values", f"values.{bad[0]}: {bad[0]!r} is not one of this type's fields")
    return RecordType(
        name=name, roles=spec["roles"], handler=spec["handler"], min_parties=int(spec.get("min_parties", 2)),
        inherits_event_date=bool(spec.get("inherits_event_date", True)), fields=fields,
        optional=tuple(spec.get("optional", ())), merge_on=tuple(spec.get("merge_on", ())),
        match_on=tuple(spec.get("match_on", ())),
        governs=frozenset(spec.get("governs", ())), values=values, where=toml_where("types.toml", name))


@lru_cache(maxsize=1)
def record_types() -> dict[str, RecordType]:
    """The declared types, in file order; a malformed declaration is a LexiconError naming its line."""
    raw = read_toml("types.toml")
    stray = [k for k, v in raw.items() if not isinstance(v, dict)]
    if stray:
        raise LexiconError(f"{toml_where('types.toml', stray[0])}: {stray[0]!r} outside a [TYPE] table")
    types = {name: _declare(name, spec) for name, spec in raw.items()}
    for t in types.values():
        unknown = sorted(t.governs - set(types))
        if unknown:
            raise _fail(t.name, "governs", f"governs {unknown[0]!r}, which is not a declared type")
    return types


def type_names() -> tuple[str, ...]:
    """The declared type names, in the order of types.toml."""
    return tuple(record_types())


def declared(name: str) -> RecordType:
    """One type's declaration (KeyError for an undeclared name)."""
    return record_types()[name]
