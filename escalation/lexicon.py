"""The reviewed lexicon (`lexicon/*.lex`), compiled into one matcher that reads a message once.

Concept files (`concepts.en.lex`, `concepts.es.lex`, `idioms.lex`): a `[CONCEPT]` header, then
one word or phrase per line; `#` starts a comment (each entry's reason or source):

    want to die              words, matched by their stem ("wanting", "wants")
    (kill|end) myself        alternatives; `_` joins words inside one ("(my_life|it_all)")
    suicid*                  any word starting with "suicid"
    is ~ killing me          up to three other words in between
    took <n> pills           a number: digits or a number word; <many> is 5 or more

The frames file (`frames.lex`) has `[category severity]` sections, and in them lines of
concepts: `WISH|THINK DIE` means a WISH or THINK concept followed, within four words of the same
sentence, by DIE. `~N` before a concept allows N words instead of four; `X?` is optional.

Every phrase of every concept file goes into one token trie, so a message is scanned once
whatever the size of the lexicon; frames are then checked only when all their concepts occur.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache
from importlib import resources
from typing import NamedTuple

from escalation.normalize import BOUNDARY, normalize, words
from escalation.words import MANY_KEY, NUMBER_KEY, WordReader, lexicon_keys

DEFAULT_GAP = 4
PHRASE_GAP = 3  # `~` inside a phrase
CONCEPT_FILES = (("concepts.en.lex", "en"), ("concepts.es.lex", "es"), ("idioms.lex", "en"))
FRAMES_FILE = "frames.lex"
IDIOM = "IDIOM"
# Concepts that only ever lower a reading: their words are never typo targets.
DAMPENERS = frozenset(
    {"IDIOM", "TOPIC", "BENIGN", "JOKE", "FIGURATIVE", "TRIVIA", "PAST", "NEGATION", "BUT"}
    | {"CONDITIONAL", "EXCUSE"}
)
# Concepts of everyday words ("i", "want", "my dad"): a poor anchor for finding frames.
COMMON_CONCEPTS = frozenset(
    {"SELF", "I", "ME", "US", "OTHER", "OTHER_OBJECT", "SELF_OBJECT", "WISH", "INTENT", "THINK"}
    | {"ABUSE_ACTOR", "TIME", "HAVE", "NEGATION", "BUT", "REALLY", "CURRENT"}
)


class Severity(IntEnum):
    NONE = 0
    REVIEW = 1
    URGENT = 2
    IMMINENT = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class LexiconError(ValueError):
    """A lexicon file has a line that cannot be read; the message names file and line."""


@dataclass
class Node:
    children: dict[str, Node] = field(default_factory=dict)
    gap: Node | None = None
    concepts: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)


class Span(NamedTuple):
    """A concept found in a message: tokens [start, end). (A tuple: messages make many.)"""

    start: int
    end: int
    concept: str
    source: str


@dataclass(frozen=True)
class Slot:
    concepts: frozenset[str]
    gap: int
    optional: bool


@dataclass(frozen=True)
class Frame:
    category: str
    severity: Severity
    slots: tuple[Slot, ...]
    source: str

    @property
    def required(self) -> tuple[frozenset[str], ...]:
        return tuple(slot.concepts for slot in self.slots if not slot.optional)


@dataclass
class Lexicon:
    root: Node = field(default_factory=Node)
    frames: list[Frame] = field(default_factory=list)
    concepts: set[str] = field(default_factory=set)
    reader: WordReader = field(default_factory=WordReader)
    _words: set[tuple[str, str, bool]] = field(default_factory=set)
    _frames_by_anchor: dict[str, list[int]] = field(default_factory=dict)
    _starts: dict[tuple[str, ...], tuple[tuple[tuple[str, str], ...], tuple[Node, ...]]] = field(
        default_factory=dict
    )
    anchor_keys: set[str] = field(default_factory=set)

    def add_phrase(self, phrase: str, concept: str, language: str, source: str) -> None:
        """File one lexicon line (already split into alternatives) under `concept`.

        The trie is walked one group of alternatives at a time from every place the groups
        before it reached, so a shared beginning is walked once, not once per combination."""
        groups = _groups(phrase.split())
        key_word = concept not in DAMPENERS
        for options in groups:
            for option in options:
                for word in option:
                    if word != "~":
                        self._words.add((word.lstrip("="), language, key_word))
        reached = {id(self.root): self.root}
        for options in groups:
            following: dict[int, Node] = {}
            for node in reached.values():
                for option in options:
                    end = self._walk(node, option, concept, language)
                    following[id(end)] = end
            reached = following
        for node in reached.values():
            node.concepts.add(concept)
            node.sources.append(source)
        self.concepts.add(concept)

    @staticmethod
    def _walk(node: Node, words: list[str], concept: str, language: str) -> Node:
        for word in words:
            if word == "~":
                node.gap = node.gap or Node()
                node = node.gap
                continue
            child: Node | None = None
            # An ordinary-reason word is matched as spelled: its stem would meet crisis
            # words ("clavados", diving, and "clavar", to stab, share one).
            keys = lexicon_keys("=" + word.lstrip("=") if concept == "BENIGN" else word, language)
            for key in keys:
                child = child or node.children.get(key)
            child = child or Node()
            for key in keys:
                node.children.setdefault(key, child)
            node = child
        return node

    def frames_for(self, concepts: Iterable[str]) -> list[Frame]:
        """The frames whose anchor (their least common required concept) occurs: the only ones
        that can match. Most messages name no anchor at all and end here."""
        found: set[int] = set()
        for concept in concepts:
            anchored = self._frames_by_anchor.get(concept)
            if anchored:
                found.update(anchored)
        return [self.frames[index] for index in sorted(found)]

    def could_match(self, keys: list[tuple[str, ...]]) -> bool:
        """False when no word can end a phrase of any frame's anchor: nothing to find."""
        anchors = self.anchor_keys
        return any(key in anchors for word in keys for key in word)

    def finish(self) -> None:
        for index, frame in enumerate(self.frames):
            slots = frame.required
            anchor = next((slot for slot in slots if not slot & COMMON_CONCEPTS), None)
            if anchor is None:
                raise LexiconError(f"{frame.source}: a frame needs one concept that is not common")
            for concept in anchor:
                self._frames_by_anchor.setdefault(concept, []).append(index)
        anchors = set(self._frames_by_anchor)
        known: set[str] = set()
        for node in _nodes(self.root):
            for key, child in node.children.items():
                known.add(key)
                if child.concepts & anchors:
                    self.anchor_keys.add(key)
        self.reader.known_keys = frozenset(known)
        self.reader.finish(self._words)
        for frame in self.frames:
            for slot in frame.slots:
                unknown = slot.concepts - self.concepts
                if unknown:
                    raise LexiconError(f"{frame.source}: unknown concept {sorted(unknown)}")

    def tokens(self, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
        """The message's words after normalization, and the lexicon keys of each."""
        shown_words: list[str] = []
        keys: list[tuple[str, ...]] = []
        read = self.reader.read
        for typed in words(text):
            for shown, known in read(typed):
                shown_words.append(shown)
                keys.append(known)
        return shown_words, keys

    def _phrase_starts(
        self, keys: tuple[str, ...]
    ) -> tuple[tuple[tuple[str, str], ...], tuple[Node, ...]]:
        """What a word means on its own (concept, source) and the longer phrases it may start
        (cached: words recur)."""
        found = self._starts.get(keys)
        if found is None:
            children = self.root.children
            nodes = list({id(n): n for k in keys if (n := children.get(k)) is not None}.values())
            alone = tuple((c, node.sources[0]) for node in nodes for c in node.concepts)
            deeper = tuple(node for node in nodes if node.children or node.gap)
            found = self._starts[keys] = (alone, deeper)
        return found

    def spans(self, words: list[str], keys: list[tuple[str, ...]]) -> list[Span]:
        """Every concept phrase found in the words, overlapping ones included."""
        found: list[Span] = []
        count = len(keys)
        starts = self._phrase_starts
        for start, first in enumerate(keys):
            if not first:
                continue
            alone, deeper = starts(first)
            for concept, source in alone:
                found.append(Span(start, start + 1, concept, source))
            if not deeper:
                continue
            stack: list[tuple[Node, int]] = []
            for node in deeper:
                self._extend(stack, node, start + 1, words, keys, count)
            while stack:
                node, position = stack.pop()
                for concept in node.concepts:
                    found.append(Span(start, position, concept, node.sources[0]))
                self._extend(stack, node, position, words, keys, count)
        return found

    @staticmethod
    def _extend(
        stack: list[tuple[Node, int]],
        node: Node,
        position: int,
        words: list[str],
        keys: list[tuple[str, ...]],
        count: int,
    ) -> None:
        """Push the nodes a phrase can reach from `node` at `position`."""
        if node.gap is not None:
            for skip in range(PHRASE_GAP + 1):
                at = position + skip
                if at >= count or (skip and words[at - 1] == BOUNDARY):
                    break
                stack.extend(_step(node.gap, keys[at], at + 1))
        if node.children and position < count:
            stack.extend(_step(node, keys[position], position + 1))


def _step(node: Node, keys: tuple[str, ...], position: int) -> list[tuple[Node, int]]:
    children = node.children
    reached: list[tuple[Node, int]] = []
    last = None
    for key in keys:
        child = children.get(key)
        if child is not None and child is not last:
            reached.append((child, position))
            last = child
    return reached


def _nodes(root: Node) -> Iterator[Node]:
    """Every node of the trie once (nodes are shared by a word's several keys)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(node.children.values())
        if node.gap is not None:
            stack.append(node.gap)


def _groups(tokens: list[str]) -> list[list[list[str]]]:
    """`(a|b_c) d?` -> [[["a"], ["b", "c"]], [["d"], []]]: each token's alternatives, each a
    list of canonical words (`_` joins words within one; `?` adds the empty one)."""
    groups = []
    for token in tokens:
        optional = token.endswith("?") and len(token) > 1
        token = token.rstrip("?") if optional else token
        if token.startswith("(") and token.endswith(")"):
            options = [option.split("_") for option in token[1:-1].split("|")]
        else:
            options = [[token]]
        canonical = [[_canonical(word) for word in option] for option in options]
        if optional:
            canonical.append([])
        groups.append(canonical)
    return groups


@cache
def _canonical(word: str) -> str:
    if word in ("~", NUMBER_KEY, MANY_KEY):
        return word
    exact = "=" if word.startswith("=") else ""
    normalized = exact + normalize(word.lstrip("=")).replace(" ", "")
    if not normalized or BOUNDARY in normalized:
        raise LexiconError(f"{word!r} is not a word")
    return normalized


def _lines(text: str, source: str, kind: str) -> Iterator[tuple[str, str, str]]:
    """(where, section header, line) for each entry of a lexicon file; `#` starts a comment."""
    header: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{source}:{number}"
        if line.startswith("[") and line.endswith("]"):
            header = line[1:-1].strip()
            continue
        if header is None:
            raise LexiconError(f"{where}: {kind} before any [section]")
        yield where, header, line


def parse_concepts(text: str, lexicon: Lexicon, source: str, language: str) -> None:
    """Add one concept file to `lexicon`."""
    for where, concept, line in _lines(text, source, "phrase"):
        if not concept.isupper() or " " in concept:
            raise LexiconError(f"{where}: a concept is one UPPER_CASE name: [{concept}]")
        if line.count("(") != line.count(")"):
            raise LexiconError(f"{where}: unbalanced parentheses in {line!r}")
        try:
            lexicon.add_phrase(line, concept, language, where)
        except LexiconError as error:
            raise LexiconError(f"{where}: {error}") from None


def parse_frames(text: str, lexicon: Lexicon, source: str) -> None:
    """Add the frames file to `lexicon`."""
    for where, header, line in _lines(text, source, "frame"):
        parts = header.split()
        if len(parts) != 2 or parts[1].upper() not in Severity.__members__:
            raise LexiconError(f"{where}: a section is [category severity]: [{header}]")
        category, severity = parts[0], Severity[parts[1].upper()]
        slots: list[Slot] = []
        gap = DEFAULT_GAP
        for token in line.split():
            if token.startswith("~"):
                if not token[1:].isdigit():
                    raise LexiconError(f"{where}: a distance is ~ and a number: {token!r}")
                gap = int(token[1:])
                continue
            optional = token.endswith("?")
            names = token.rstrip("?").split("|")
            if not all(name.isupper() for name in names):
                raise LexiconError(f"{where}: concepts are UPPER_CASE names: {token!r}")
            slots.append(Slot(frozenset(names), gap, optional))
            gap = DEFAULT_GAP
        if not slots or all(slot.optional for slot in slots):
            raise LexiconError(f"{where}: a frame needs at least one concept")
        lexicon.frames.append(Frame(category, severity, tuple(slots), where))


@cache
def load() -> Lexicon:
    """Both languages' concepts, the idioms and the frames, compiled once per process."""
    lexicon = Lexicon()
    folder = resources.files("escalation").joinpath("lexicon")
    for name, language in CONCEPT_FILES:
        parse_concepts(folder.joinpath(name).read_text(encoding="utf-8"), lexicon, name, language)
    parse_frames(folder.joinpath(FRAMES_FILE).read_text(encoding="utf-8"), lexicon, FRAMES_FILE)
    lexicon.finish()
    return lexicon
