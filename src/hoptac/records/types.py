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
HANDLERS = ("consult", "agree", "directed", "aid", "measure")
_KEYS = {"roles", "handler", "min_parties", "inherits_event_date", "fields", "optional", "merge_on", "governs",
         "values"}
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
    if spec.get("handler") not in HANDLERS:
        raise _fail(name, "handler", f"handler must be one of {', '.join(HANDLERS)}, not {spec.get('handler')!r}")
    fields = tuple(spec.get("fields", ()))
    for key in ("fields", "optional", "merge_on"):
        bad = [f for f in spec.get(key, ()) if f not in FIELDS]
        if bad:
            raise _fail(name, key, f"{key}: unknown field {bad[0]!r} (known: {', '.join(FIELDS)})")
    values = {k: tuple(v) for k, v in spec.get("values", {}).items()}
    bad = [k for k in values if k not in fields]
    if bad:
        raise _fail(name, "values", f"values.{bad[0]}: {bad[0]!r} is not one of this type's fields")
    return RecordType(
        name=name, roles=spec["roles"], handler=spec["handler"], min_parties=int(spec.get("min_parties", 2)),
        inherits_event_date=bool(spec.get("inherits_event_date", True)), fields=fields,
        optional=tuple(spec.get("optional", ())), merge_on=tuple(spec.get("merge_on", ())),
        governs=frozenset(spec.get("governs", ())), values=values, where=toml_where("types.toml", name))


@lru_cache(maxsize=1)
def record_types() -> dict[str, RecordType]:
    """The declared types, in file order; a malformed declaration is a LexiconError naming its line."""
    raw = read_toml("types.toml")
    types = {name: _declare(name, spec) for name, spec in raw.items() if isinstance(spec, dict)}
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
