"""Pure: the operations read from one message made into one reading.

"Generate X and put it after the sunset" is one clip made in its place; "speed the runner up,
1.5x" is one edit said twice; "add music, volume 20%" is music added at a level; and a
canvas change goes before a clip drawn in the same turn.
"""

from __future__ import annotations

from lumatui.engine.config import MUSIC_LEVEL
from lumatui.engine.operation_args import SetTransition
from lumatui.engine.operations import Operation

TRANSITION_MS = SetTransition.model_fields["ms"].default

# Arguments that say the same thing two ways: a later one replaces the earlier ones.
_EXCLUSIVE = (
    {"speed", "factor"},
    {"volume", "change"},
    {"seconds", "delta", "scale", "start", "end", "cut_start", "cut_end", "keep_last"},
)
_ONE_VALUE = {
    "undo",
    "redo",
    "set_canvas",
    "set_speed",
    "set_volume",
    "set_fit",
    "set_transition",
    "trim",
    "set_length",
    "style_text",
    "time_text",
    "set_fade",
}


_A_PHOTO = {"file", "image", "all", "place"}  # what makes a second animate another photo


def _named_target(target: dict[str, object]) -> bool:
    keys = ("index", "words", "id", "middle", "all", "indexes", "role")
    return any(target.get(k) for k in keys)


def _merged(previous: Operation, op: Operation) -> Operation | None:
    """ "Speed the runner up, 1.5x", "vertical again, like for tiktok": one edit said twice is
    one edit (the later, more exact values win); different targets stay two edits."""
    if previous.name == op.name == "animate_image" and not op.args.keys() & _A_PHOTO:
        # "use the band pic I sent, slow zoom in on it": the same photo, and how it moves
        return Operation(op.name, {**previous.args, **op.args}, op.cost)
    if previous.name != op.name or op.name not in _ONE_VALUE:
        return None
    first, second = previous.args.get("target") or {}, op.args.get("target") or {}
    if _named_target(first) and _named_target(second) and first != second:
        return None
    if len({first.get("kind"), second.get("kind")} - {None, "any"}) > 1:
        return None  # "fade out the last clip and the music": a clip and the music
    args = dict(previous.args)
    for group in _EXCLUSIVE:
        if group & op.args.keys():
            for key in group:
                args.pop(key, None)
    args.update({k: v for k, v in op.args.items() if k != "target"})
    if "target" in previous.args or "target" in op.args:
        args["target"] = first if _named_target(first) or not second else second
    return Operation(op.name, args, op.cost)


def _same_fit(ops: list[Operation]) -> list[Operation]:
    """ "Letterbox everything, show the whole frame": one fit for every clip, said twice."""
    every = {
        op.args.get("fit")
        for op in ops
        if op.name == "set_fit" and (op.args.get("target") or {}).get("all")
    }
    return [
        op
        for op in ops
        if not (op.name == "set_canvas" and set(op.args) == {"fit"} and op.args["fit"] in every)
    ]


def _undo_covers(ops: list[Operation]) -> list[Operation]:
    """ "That fade from just now, I don't want it, undo": the undo is the request; an edit of
    "it" or of nothing named said before it is the same wish, not a second change. An edit
    said after it is a request of its own ("undo that and make it faster")."""
    if not any(op.name == "undo" for op in ops):
        return ops
    first_undo = next(n for n, op in enumerate(ops) if op.name == "undo")
    kept = ops[first_undo + 1 :]
    for op in reversed(ops[: first_undo + 1]):
        target = op.args.get("target") or {}
        words = [str(w) for w in target.get("words") or []]
        vague = (
            not _named_target(target)
            or target.get("it")
            or (words and all(len(w) < 2 for w in words))
        )
        if op.name == "undo" or not vague or op.name in ("undo", "redo"):
            kept.insert(0, op)
    return kept


def combine(ops: list[Operation]) -> list[Operation]:
    """ "Generate X and put it after the sunset": one clip, made in its place."""
    ops = _undo_covers(_same_fit(ops))
    if "start_over" in (names := [op.name for op in ops]):  # "scrap all that, start over"
        ops = ops[names.index("start_over") :]
    shapes = [op for op in ops if op.name == "set_canvas"]
    if shapes and any(op.name == "generate_clip" for op in ops):
        # "a sunrise clip, vertical": set the shape first, so the clip is drawn at it
        ops = shapes + [op for op in ops if op.name != "set_canvas"]
    out: list[Operation] = []
    for op in ops:
        previous = out[-1] if out else None
        if previous is not None and (merged := _merged(previous, op)):
            out[-1] = merged
            continue
        target = op.args.get("target") or {}
        if (
            previous is not None
            and previous.name == op.name == "move_clip"
            and (target.get("it") or target == previous.args.get("target"))
            and op.args.get("place") == previous.args.get("place")
        ):
            continue  # "the sports car should come first, can you pop it at the beginning?"
        if (
            previous is not None
            and previous.name in ("generate_clip", "animate_image", "add_video")
            and op.name == "move_clip"
            and target.get("it")
            and "place" not in previous.args
        ):
            previous.args["place"] = op.args["place"]
            continue
        unnamed = target.get("kind") in ("bgm", "clip", "any") and not any(
            target.get(k) for k in ("index", "words", "id", "all", "indexes")
        )
        if (
            previous is not None
            and previous.name in ("add_music", "replace_music")
            and op.name == "set_volume"
            and unnamed
            and ("volume" in op.args or "change" in op.args)
            and "volume" not in previous.args
        ):
            # "add music, volume 20%"; "gentle music, not too loud": the new music's level
            level = op.args.get("volume", MUSIC_LEVEL * float(op.args.get("change") or 1))
            previous.args["volume"] = round(min(1.0, float(level)), 2)
            continue
        if (
            previous is not None
            and previous.name in ("generate_clip", "animate_image")
            and op.name == "trim"
            and target.get("kind") in ("clip", "any")
            and unnamed
            and set(op.args) == {"target", "seconds"}
        ):
            # "a girl among sunflowers. Let us make that one half a minute": its length
            previous.args["seconds"] = op.args["seconds"]
            continue
        out.append(op)
    for op in out:  # a crossfade of no said length: the usual one
        if op.name == "set_transition" and "ms" not in op.args:
            op.args["ms"] = TRANSITION_MS
    return out
