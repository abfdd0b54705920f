"""Crisis detector speed on one core: short chat messages and 500-character posts.

Both languages' lexicons are read on every message. Three loads:
- everyday chat: short messages of the kind a relay carries all day (written for this
  benchmark; most name nothing the detector looks for);
- the corpus's short lines (under 80 characters): crisis lines and hard negatives, the
  detector's worst case for short messages;
- posts of about 500 characters: everyday chat with one corpus line in the middle (a long
  message as it usually comes), and, as a worst case, posts made only of corpus lines.
Goals (issue #9): at least 20,000 short chat messages and 2,000 posts of 500 characters a
second. Run with `make bench`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from escalation.detector import assess, warm_up
from escalation.evaluation import read_labelled
from escalation.second_reader import corpus_files

CORPUS = corpus_files()
SHORT_GOAL = 20_000
POST_GOAL = 2_000
POST_LENGTH = 500
EVERYDAY_CHAT = [
    "hey",
    "ok",
    "thanks!!",
    "lol same",
    "wait what",
    "can u help me with something",
    "i had a rough day tbh",
    "my mom is always on my case about grades",
    "idk how to talk to my friends about this",
    "we got into a fight at lunch and now shes ignoring me",
    "im so stressed about the chem test tomorrow",
    "thank u for listening fr",
    "is this private?",
    "can i talk to someone now",
    "my parents are getting divorced and i dont know how to feel",
    "i feel kinda better now",
    "ok bye",
    "nobody at school gets me",
    "my coach keeps yelling at me in practice",
    "i think my best friend is mad at me",
    "how long do i wait for a mentor",
    "yeah that makes sense",
    "i guess youre right",
    "i dont want to go to school tomorrow",
    "my sister took my charger again ugh",
    "hola, necesito hablar con alguien",
    "gracias por escucharme",
    "estoy muy estresada por los examenes",
    "mi mama no me entiende",
    "no se que hacer con mi novio",
    "ok gracias",
    "me siento sola en la escuela",
    "mañana tengo examen de mate",
    "mis amigos ya no me hablan",
    "si, ya me siento mejor",
    "the new kid in my class is kinda weird",
    "i failed my driving test lol",
    "do you have tips for anxiety before presentations",
    "i cant sleep",
    "my dog is sick and im worried",
    "i miss my old school",
    "we moved here in august and i dont have friends yet",
    "what do i say to my dad",
    "its fine i guess",
    "sorry for texting so late",
    "can we talk again tomorrow",
    "i got into the program!!",
    "my grandma is in the hospital",
    "i feel like nobody listens",
    "everything is just a lot rn",
]


def _rate(texts: Sequence[str], seconds: float = 2.0, second: bool = True) -> float:
    """Messages assessed per second, over whole passes for at least `seconds` (`second`: with
    the second reader, as the bot runs by default)."""
    for text in texts:  # every word once, as a long-running process has
        assess(text, second=second)
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            assess(text, second=second)
        count += len(texts)
    return count / (time.perf_counter() - started)


def _lexicon_rate(texts: Sequence[str]) -> float:
    return _rate(texts, second=False)


def _rambling_posts(lines: Sequence[str]) -> list[str]:
    """About 500 characters of everyday chat with one corpus line in the middle, the way a
    long message usually carries a crisis."""
    posts = []
    for index, line in enumerate(lines):
        before = [EVERYDAY_CHAT[(index + i) % len(EVERYDAY_CHAT)] for i in range(20)]
        after = [EVERYDAY_CHAT[(index + 7 + i) % len(EVERYDAY_CHAT)] for i in range(20)]
        half = (POST_LENGTH - len(line)) // 2
        head = ". ".join(before)[-half:] if half > 0 else ""
        tail = ". ".join(after)[:half] if half > 0 else ""
        posts.append(f"{head}. {line}. {tail}"[:POST_LENGTH])
    return posts


def _posts(lines: Sequence[str]) -> list[str]:
    posts: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if sum(len(part) + 2 for part in current) >= POST_LENGTH:
            posts.append(". ".join(current)[:POST_LENGTH])
            current = []
    return posts


def _report(name: str, texts: Sequence[str], goal: int | None, run: Callable[..., float]) -> None:
    rate = run(texts)
    mean = sum(len(text) for text in texts) / len(texts)
    verdict = ""
    if goal is not None:
        verdict = f" (goal {goal:,}/s: {'met' if rate >= goal else 'NOT met'})"
    print(
        f"detector, {name}: {len(texts)} messages of {mean:.0f} characters on average, "
        f"{rate:,.0f} messages/s = {1e6 / rate:.0f} µs each{verdict}"
    )


def main() -> None:
    started = time.perf_counter()
    warm_up()
    print(
        "detector: lexicon and word lists loaded, second reader trained, in "
        f"{time.perf_counter() - started:.1f}s"
    )
    lines = [row.text for path in CORPUS for row in read_labelled(path)]
    loads = [
        ("everyday short chat", EVERYDAY_CHAT, SHORT_GOAL),
        ("corpus lines under 80 characters", [t for t in lines if len(t) < 80], None),
        (
            "500-character rambling posts, one corpus line in each",
            _rambling_posts(lines[::4]),
            POST_GOAL,
        ),
        ("500-character posts made only of corpus lines (worst case)", _posts(lines), None),
    ]
    for name, texts, goal in loads:
        _report(f"{name}, lexicon alone", texts, goal, _lexicon_rate)
        _report(f"{name}, with the second reader", texts, goal, _rate)


if __name__ == "__main__":
    main()
