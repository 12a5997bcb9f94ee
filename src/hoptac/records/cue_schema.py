"""What cues.toml may hold, and of what kind: checked when the lexicon loads.

Every other table or key, and every value of the wrong kind, is a load-time
error naming its file and line, so that an analyst's typo never switches a
rule off in silence. A new rule setting is declared here (`_GROUP`) before
records/cues.py reads it. Kept apart from the matchers, which need none of it.
"""

from __future__ import annotations

from typing import Any

from hoptac.lexicon import LexiconError, toml_where
from hoptac.records.types import record_types

# Kinds: words (a list of phrases), patterns (a list of regular expressions), int, float, bool,
# types (a list of declared types), typemap (declared type -> whole number), names (table of name -> str),
# groups (a list of "TYPE.group" naming cue groups of this file), type_groups (groups, or whole declared types),
# str, units (a list of units.tsv units), categories (a list of AID categories), category_words (AID category ->
# words), unit_categories (unit -> AID category), wordmap (name -> words), modemap (CONSULT mode -> modes).
WORDS, PATTERNS = "words", "patterns"
_SECTIONS: dict[str, dict[str, str] | str] = {
    "placeholders": "names",
    "exclude": {"phrases": WORDS, "patterns": PATTERNS},
    "speech": {"cues": WORDS},
    "status": {"delivered_after": WORDS, "pledged": WORDS, "delivered": WORDS, "delivered_verb": WORDS},
    "dates": {"null_markers": WORDS, "null_before_only": WORDS, "null_own_phrase": WORDS, "null_phrase_ends": WORDS, "null_before_not": WORDS, "null_in_object": "groups", "time_leads": WORDS, "null_after_day": WORDS, "marker_leads": WORDS, "marker_clock": "str", "same_day_after_marker": WORDS, "visit_end_words": WORDS},
    "modality": {"reach": "int", "before": WORDS, "not_before": WORDS, "conditional": WORDS, "conditional_restricting": WORDS, "restricting_before": WORDS, "speculative": WORDS, "guess_ends": WORDS, "consult_done": WORDS, "consult_done_reach": "int", "after_reach": "int",
                 "consult_before": WORDS, "consult_later": WORDS, "consult_called_off": WORDS, "consult_planned_after": WORDS, "planned_stops": WORDS, "planned_stops_not": WORDS, "called_off_reach": "int", "called_off_near": "int", "planned_predicates": WORDS, "called_off_heads": WORDS, "called_off_cue_heads": WORDS, "called_off_stops": WORDS, "planned_topics": WORDS, "planned_past_topic": WORDS, "planned_subject_only": WORDS, "planned_subject_leads": WORDS, "frames": PATTERNS, "consult_coordinators": WORDS, "apposition_openers": WORDS, "consult_frames": WORDS, "consult_plan_openers": WORDS, "consult_plan_listing": WORDS,
                 "purpose": WORDS, "dispatch": WORDS, "question": PATTERNS},
    "ignore": {"sentence": WORDS, "captions": WORDS, "tables": PATTERNS},
    "window": {"online": WORDS, "online_reach": "int", "online_stops": WORDS, "stop": WORDS, "stop_not": WORDS, "gap": "typemap", "open_stops": WORDS, "member": WORDS, "label_before": WORDS, "topic_before": WORDS, "place_before": WORDS, "place_types": "types", "topic_list_join": WORDS, "marked": WORDS,
               "subject_chars": "int", "venue_stops": WORDS, "venue_words": "int", "venue_actors": WORDS,
               "topic_stops": WORDS, "topic_words": "int", "topic_partner_types": "types", "topic_partner_not": WORDS},
    "context": {"promise_contact_modes": WORDS, "promise_contact_frames": WORDS, "document_names": WORDS, "range_joiners": WORDS, "takes_effect": WORDS, "covers_not_effect": WORDS,
                "effect_not_across": WORDS, "span_ends": WORDS, "span_ends_not_after": WORDS,
                "join": WORDS, "join_patterns": PATTERNS, "same_day": WORDS, "restates": "modemap", "own_when_named": "modemap", "join_modes": WORDS, "bilateral_modes": WORDS, "bilateral_words": WORDS, "plural_contacts": WORDS, "plural_contact_verbs": WORDS, "home_received_verbs": WORDS, "home_received_nouns": WORDS, "home_received_posts": WORDS, "home_received_joins": WORDS, "home_received_ends": WORDS, "call_split_partners": "int", "call_lead_words": "int", "call_multilateral": WORDS, "call_separate": WORDS, "call_markers": WORDS, "occasion_openers": WORDS, "ongoing": WORDS, "recalled": PATTERNS, "since": WORDS, "since_until": WORDS, "occasion_frames": WORDS, "occasion_programmes": WORDS, "occasion_frames_not": PATTERNS, "occasion_credits": WORDS, "occasion_said": WORDS, "subject_date_gap": WORDS, "subject_date_not_after": WORDS, "subject_date_aux": WORDS, "subject_date_not_in": WORDS, "subject_date_types": WORDS, "lead_day_types": WORDS, "occasion_own_sentence_types": "types", "occasion_own_sentence_leads": WORDS, "lead_day_not_in": WORDS, "lead_day_cue_not_after": WORDS, "lead_day_recalled": WORDS, "occasion_cutoffs": WORDS, "occasion_cutoffs_alone": WORDS, "occasion_report_sources": WORDS, "occasion_clock": PATTERNS,
                "occasion_lead_sentences": "int", "title_occasion_days": "int"},
    "roles": {"caption_positions": WORDS, "fronted_partner_between": WORDS, "envoy_roles": WORDS, "owner_agent_links": WORDS, "owner_agent_deeds": WORDS, "owner_agent_types": "types", "owner_agent_not_after": WORDS, "owner_agent_continued": WORDS, "owner_agent_thanks": WORDS, "not_subject": WORDS, "not_subject_sides": WORDS, "addressed": WORDS, "on_behalf": WORDS, "resets": WORDS, "verb_joins": WORDS, "verb_join_adverbs": WORDS, "verb_join_types": "type_groups", "destination": WORDS, "partner": WORDS, "at_contact": WORDS, "at_contact_said": WORDS, "predicted": WORDS, "threat_objects": WORDS, "forecast_speech": WORDS, "media": WORDS, "gloss_owners": WORDS, "gloss_owner_words": "int", "gloss_place_heads": WORDS, "gloss_owner_not_after": WORDS, "place_gloss_after": WORDS, "place_gloss_words": "int", "people": WORDS,
              "nominal": WORDS, "nominal_reach": "int", "unmarked_types": "types", "people_types": "types",
              "coordinators": WORDS, "list_honorifics": WORDS, "person_joins": WORDS, "pair_joins": WORDS, "directive_reach": "int", "authorities": WORDS, "home_authorities": WORDS, "home_state": "str", "passive": WORDS, "passive_not_leads": WORDS, "passive_not_ends": WORDS, "passive_not_after": WORDS, "passive_not_within": WORDS, "agent_marks": WORDS, "agent_heads": WORDS, "between": WORDS, "between_leads": WORDS, "fronted_request_leads": WORDS, "fronted_clause_leads": WORDS, "fronted_phrase_leads": WORDS, "fronted_phrase_not": WORDS, "frame_place_heads": WORDS, "frame_openers": WORDS, "list_end": WORDS, "first_person": WORDS, "according_statements": WORDS, "group_lists": WORDS, "host_lists": WORDS, "backs_no_owner": WORDS, "backs_no_owner_leads": WORDS, "protocol_answers": WORDS, "protocol_invitations": WORDS, "officials_of": WORDS, "officials_qualifiers": WORDS, "officials_prefix": WORDS, "home_addressees": WORDS, "home_not_after": WORDS, "home_places": WORDS},
    "groups": {"words": WORDS, "pair": WORDS, "trio": WORDS, "intl": WORDS, "concerned": WORDS, "sets": WORDS},
    "proposer": {"modes": "wordmap", "conference_parties": "int", "unreal_kinds": WORDS, "planned": WORDS,
                 "planned_types": "types"},
}
_GROUP = {"cues": WORDS, "patterns": PATTERNS, "mode": "field", "status": "field", "category": "field",
          "confidence": "float", "requires": ("quantity", "money", "item"), "unless": ("quantity", "money", "item"),
          "blockers": WORDS, "blockers_not": WORDS, "objects_not": PATTERNS, "direction": ("give", "receive", "owner"), "answers": WORDS, "answers_reach": "int", "not_firm": "bool", "infer_targets": "bool",
          "item_before": "bool", "destination": "bool", "alone": "bool", "subject_only": "bool", "between_only": "bool", "target_gap": WORDS, "governs_reach": "int", "owner_targets": "bool", "owner_words": "int", "owner_not": WORDS, "owner_then": WORDS, "intl_partner": "bool", "capital_only": "bool", "ends_window": "bool", "needs_partner": "bool", "speech": WORDS}
# Tables of a type's section that are not cue groups, read by that type's handler.
_TYPE_EXTRAS: dict[str, dict[str, str]] = {
    "AID": {"markers": "wordmap", "categories": "category_words", "units": "unit_categories", "not_amounts": "units",
            "part_before": WORDS, "total_raise": WORDS, "bracket_not_part": WORDS, "carrier_units": "units", "carrier_verbs": WORDS, "carrier_reach": "int", "trained_by": WORDS, "trained_between": WORDS, "trained_not_after": WORDS, "unlicensed_units": "units", "anaphors": WORDS, "anaphors_bare": WORDS, "accused_before": WORDS, "accused_reach": "int", "anaphors_bare_not": WORDS, "gift_verbs": WORDS, "people_recipients": WORDS, "state_anaphors": WORDS, "state_anaphor_heads": WORDS, "state_anaphor_reach": "int", "protocol_recipients": WORDS,
            "protocol_not": WORDS, "protocol_objects": WORDS, "protocol_named_before": WORDS,
            "protocol_batches": WORDS, "noun_form": WORDS, "noun_form_words": "int", "noun_form_not_after": WORDS, "noun_form_nouns": WORDS, "noun_form_not_between": WORDS, "valuation": WORDS, "valuation_not": WORDS, "valued_goods": "categories"},
    "MEASURE": {"confidence": "float", "blockers": WORDS, "people": WORDS, "case_words": WORDS, "count_units": "units", "count_breakdown": WORDS, "staff_verbs": WORDS, "staff_between": WORDS, "staff": WORDS, "running_total": WORDS,
                "individual": WORDS, "co_listed": WORDS, "epidemic_words": WORDS, "not_the_place": WORDS, "lifted": WORDS,
                "private": WORDS, "elsewhere": WORDS, "elsewhere_names": WORDS, "contact_words": WORDS, "contact_exempt": WORDS, "trigger_leads": WORDS, "trigger_cases": WORDS, "epidemic_only": "int",
                "taken_in": WORDS, "topic_openers": WORDS, "topic_judgements": WORDS,
                "topic_connectives": WORDS},
}


def _known_units() -> set[str]:
    """The unit names units.tsv gives (what a quantity's `unit` can be)."""
    from hoptac.lexicon import read_tsv

    return {row["unit"] for row in read_tsv("units.tsv") if row.get("unit") and row.get("unit") != "-"}


def _kind_error(value: Any, kind: str | tuple[str, ...], types: dict[str, Any]) -> str | None:
    """Why `value` is not of `kind`, or None."""
    if isinstance(kind, tuple):
        return None if value in kind else f"must be one of {', '.join(kind)}"
    if kind in (WORDS, PATTERNS, "types"):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            return "must be a list of strings"
        if kind == "types" and any(x not in types for x in value):
            return f"names a type not declared in types.toml ({next(x for x in value if x not in types)!r})"
        return None
    if kind == "int":
        return None if type(value) is int and value >= 0 else "must be a whole number"
    if kind == "str":
        return None if isinstance(value, str) and value.strip() else "must be a text"
    if kind == "units":
        if _kind_error(value, WORDS, types):
            return "must be a list of strings"
        known = _known_units()
        bad = [u for u in value if u not in known]
        return f"names a unit not in units.tsv ({bad[0]!r})" if bad else None
    if kind == "float":
        return None if type(value) in (int, float) and 0 <= value <= 1 else "must be a number from 0 to 1"
    if kind == "bool":
        return None if type(value) is bool else "must be true or false"
    if kind == "typemap":
        if not isinstance(value, dict) or any(k not in types or type(v) is not int for k, v in value.items()):
            return "must map declared types to whole numbers"
        return None
    if kind == "modemap":
        modes = types["CONSULT"].values.get("mode", ()) if "CONSULT" in types else ()
        if not isinstance(value, dict) or any(k not in modes or _kind_error(v, WORDS, types) or set(v) - set(modes)
                                              for k, v in value.items()):
            return f"must map CONSULT modes to lists of modes ({', '.join(modes)})"
        return None
    if kind == "names":
        return None if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()) \
            else "must be a table of strings"
    if kind == "wordmap":
        return None if isinstance(value, dict) and all(_kind_error(v, WORDS, types) is None for v in value.values()) \
            else "must be a table of word lists"
    if kind == "category_words":
        bad = [k for k in value if k not in types["AID"].values.get("category", (k,))] if isinstance(value, dict) else []
        return f"{bad[0]!r} is not an AID category" if bad else _kind_error(value, "wordmap", types)
    if kind == "categories":
        if _kind_error(value, WORDS, types):
            return "must be a list of strings"
        bad = [v for v in value if v not in types["AID"].values.get("category", (v,))]
        return f"{bad[0]!r} is not an AID category" if bad else None
    if kind == "unit_categories":
        allowed = types["AID"].values.get("category", ())
        bad = [v for v in value.values() if allowed and v not in allowed] if isinstance(value, dict) else ["?"]
        return f"{bad[0]!r} is not an AID category" if bad else None
    return None


def check(raw: dict[str, Any]) -> None:
    """Refuse what cues.toml must not hold: undeclared types, unknown tables and keys, bad values."""
    types = record_types()

    def fail(path: tuple[str, ...], why: str) -> LexiconError:
        return LexiconError(f"{toml_where('cues.toml', *path)}: [{'.'.join(path[:-1]) or path[0]}] "
                            f"{path[-1] if len(path) > 1 else ''} {why}".replace("  ", " "))

    for section, spec in raw.items():
        if section in types:
            extras = _TYPE_EXTRAS.get(section, {})
            declared = types[section]
            for group, gspec in spec.items():
                if group in extras:
                    why = _kind_error(gspec, extras[group], types)
                    if why:
                        raise fail((section, group), why)
                    continue
                if not isinstance(gspec, dict):
                    raise fail((section, group), "is not a cue group (a table with cues or patterns)")
                if not gspec.get("cues") and not gspec.get("patterns"):
                    raise fail((section, group), "holds no cues and no patterns")
                for key, value in gspec.items():
                    kind = _GROUP.get(key)
                    if kind is None:
                        raise fail((section, group, key), f"unknown key (known: {', '.join(sorted(_GROUP))})")
                    if kind == "field":
                        allowed = declared.values.get(key)
                        if key not in declared.fields:
                            raise fail((section, group, key), f"is not a field of {section} ({', '.join(declared.fields)})")
                        why = f"= {value!r} is not one of {', '.join(allowed)}" if allowed and value not in allowed \
                            else None
                    else:
                        why = _kind_error(value, kind, types)
                    if why:
                        raise fail((section, group, key), why)
        elif section.isupper():
            raise LexiconError(f"{toml_where('cues.toml', section)}: [{section}] is not a record type declared "
                               "in types.toml")
        elif section not in _SECTIONS:
            raise LexiconError(f"{toml_where('cues.toml', section)}: unknown table [{section}] "
                               f"(known: {', '.join(sorted(_SECTIONS))}, and the record types)")
        elif _SECTIONS[section] == "names":
            why = _kind_error(spec, "names", types)
            if why:
                raise fail((section,), why)
        else:
            for key, value in spec.items():
                kind = _SECTIONS[section].get(key)  # type: ignore[union-attr]
                if kind is None:
                    raise fail((section, key), "unknown key")
                why = _kind_error(value, kind, types) if kind not in ("groups", "type_groups") \
                    else _groups_error(value, raw, types if kind == "type_groups" else None)
                if why:
                    raise fail((section, key), why)


def _groups_error(value: Any, raw: dict[str, Any], types: dict[str, Any] | None = None) -> str | None:
    """Why `value` is not a list of "TYPE.group" naming cue groups that cues.toml holds, or None; with `types`, a bare
    declared type counts too (every group of it)."""
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        return "must be a list of strings"
    for name in value:
        if types is not None and name in types:
            continue
        typ, _dot, group = name.partition(".")
        if not isinstance(raw.get(typ, {}).get(group), dict):
            return f"names no cue group of this file ({name!r}; write TYPE.group, e.g. 'SUPPORT.praise')"
    return None
