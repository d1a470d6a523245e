"""Pure: the scene a prompt asks for, as layers from the sky to the weather.

A place expands into the things it is made of at each depth (a beach is ocean, surf and
sand); times, seasons, weather and styles change how those are lit and coloured. The
renderer reads only this description, so the same prompt draws the same scene at any size.
"""

from __future__ import annotations

from dataclasses import dataclass

from lumatui.engine.media.scene_words import read_prompt

# place → (far, middle, near/ground, water) — what each depth holds
PLACES: dict[str, tuple[str, str, str, str]] = {
    "beach": ("", "", "sand", "ocean"),
    "ocean": ("", "", "", "ocean"),
    "street": ("", "buildings", "road", ""),
    "neon": ("", "neon", "road", ""),
    "city": ("skyline", "", "", ""),
    "forest": ("treeline", "forest", "grass", ""),
    "desert": ("dunes", "dunes", "dunes", ""),
    "mountains": ("mountains", "hills", "grass", ""),
    "hills": ("hills", "hills", "grass", ""),
    "lake": ("mountains", "treeline", "", "lake"),
    "harbour": ("skyline", "boats", "pier", "lake"),
    "snowfield": ("mountains", "treeline", "snow", ""),
    "interior": ("", "", "room", ""),
}
# slot → what may fill it, most telling first ("snowy mountains and a forest": the far
# slot holds the mountains, the middle one the forest, whatever order they were asked in)
SLOT_ORDER = (
    ("mountains", "skyline", "dunes", "treeline", "hills"),
    ("neon", "buildings", "boats", "forest", "treeline", "dunes", "hills"),
    ("room", "road", "sand", "pier", "snow", "dunes", "grass"),
    ("ocean", "lake"),
)
NIGHT_SUBJECTS = {"moon", "stars", "aurora", "fireworks", "lanterns"}
NIGHT_TIMES = {"night", "twilight"}
WET = {"rain", "storm"}


@dataclass(frozen=True)
class Scene:
    time: str = "day"
    season: str = ""
    weather: frozenset[str] = frozenset()
    far: str = ""
    middle: str = ""
    near: str = ""
    water: str = ""  # "", "ocean" (waves) or "lake" (calm, mirrors the shore)
    subjects: frozenset[str] = frozenset()
    styles: frozenset[str] = frozenset()
    tints: tuple[str, ...] = ()
    camera: str = "drift"
    label: str = "scene"
    drawn: tuple[str, ...] = ()
    not_drawn: tuple[str, ...] = ()

    @property
    def night(self) -> bool:
        return self.time in NIGHT_TIMES

    @property
    def wet(self) -> bool:
        return bool(self.weather & WET)

    @property
    def cinematic(self) -> bool:
        return "cinematic" in self.styles

    @property
    def body(self) -> str:
        """The light in the sky: "sun", "moon" or "" (hidden by cloud and rain)."""
        if self.wet or ("clouds" in self.weather and "sun" not in self.subjects):
            return ""
        if self.near == "room" and "moon" not in self.subjects and "sun" not in self.subjects:
            return ""
        return "moon" if self.night else "sun"


def scene_from_prompt(prompt: str) -> Scene:
    read = read_prompt(prompt)
    asked: dict[str, list[str]] = {}
    for kind, value in read.meanings:
        asked.setdefault(kind, []).append(value)
    places = list(dict.fromkeys(asked.get("place", [])))
    if not places and set(asked.get("subject", [])) & {"lighthouse", "boats", "waves"}:
        places = ["ocean"]  # these stand on, or are, the sea
    subjects = set(asked.get("subject", []))
    weather = set(asked.get("weather", []))
    styles = set(asked.get("style", []))
    time = (asked.get("time") or [""])[0]
    if not time:
        time = "night" if subjects & NIGHT_SUBJECTS or "neon" in places else "day"
    season = (asked.get("season") or [""])[0]
    if "storm" in weather:
        weather.add("rain")
    slots = []
    for i, order in enumerate(SLOT_ORDER):
        offered = {PLACES[place][i] for place in places or ["hills"]}
        slots.append(next((part for part in order if part in offered), ""))
    if "interior" in places and slots[0] in ("", "hills"):
        slots[0] = "skyline"  # the view from the window
    if slots[2] == "room":
        slots[1] = slots[3] = ""
    if "waves" in subjects and not slots[3]:
        slots[3] = "ocean"
    if slots[3] and slots[2] in ("grass", "snow", "dunes"):
        slots[2] = ""  # water reaches the bottom; its shore is the middle layer
    if (season == "winter" or "snow" in weather) and slots[2] == "grass":
        slots[2] = "snow"
    if "boats" in subjects and not slots[3]:
        slots[3] = "ocean"
    if "cars" in subjects and not slots[2]:
        slots[2] = "road"
    camera = (asked.get("camera") or ["drift"])[0]
    return Scene(
        time=time,
        season=season,
        weather=frozenset(weather),
        far=slots[0],
        middle=slots[1],
        near=slots[2],
        water=slots[3],
        subjects=frozenset(subjects),
        styles=frozenset(styles),
        tints=tuple(dict.fromkeys(asked.get("tint", []))),
        camera=camera,
        label=prompt.strip().rstrip(".") or "scene",
        drawn=read.drawn,
        not_drawn=read.not_drawn,
    )
