"""People already enrolled through the real bot, in one line each."""

from __future__ import annotations

from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.models import Role
from tests.support import world
from tests.support.bot_fixtures import RunningBot


async def student(
    bot: RunningBot,
    api: BotApiStandIn,
    user_id: int,
    name: str = "Sam",
    school: str = "OAKTECH",
    language_code: str = "en",
) -> SimulatedUser:
    person = api.user(user_id, name, language_code=language_code)
    await person.send(f"/start {school}")
    await person.press("I understand|Entiendo")
    await person.expect("all set|listo")
    return person


async def mentor(
    bot: RunningBot,
    api: BotApiStandIn,
    user_id: int,
    name: str = "Maya",
    school: str = "OAKTECH",
    on_shift: bool = True,
) -> SimulatedUser:
    code = await world.invite_code(bot.services, school, Role.MENTOR)
    person = api.user(user_id, name)
    await person.send(f"/start {code}")
    await person.press("I understand")
    await person.expect("all set as a peer mentor")
    if on_shift:
        await person.send("/onshift")
        await person.expect("You're on shift")
    return person


async def counselor(
    bot: RunningBot, api: BotApiStandIn, user_id: int, name: str = "Dr Lee", school: str = "OAKTECH"
) -> SimulatedUser:
    code = await world.invite_code(bot.services, school, Role.COUNSELOR)
    person = api.user(user_id, name)
    await person.send(f"/start {code}")
    await person.press("I understand")
    await person.expect("all set as a")
    return person


async def ask_for_support(person: SimulatedUser, topic: str = "Stress", mood: str = "^3") -> None:
    await person.send("/talk")
    await person.expect("What would you like to talk about")
    await person.press(topic)
    await person.expect("How are you feeling right now")
    await person.press(mood)


async def in_conversation(
    bot: RunningBot, api: BotApiStandIn
) -> tuple[SimulatedUser, SimulatedUser]:
    """A mentor (2) and a student (3) of OAKTECH talking to each other."""
    maya = await mentor(bot, api, 2)
    sam = await student(bot, api, 3)
    await ask_for_support(sam)
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    return maya, sam


async def choose_topic_and_mood(person: SimulatedUser) -> None:
    await person.expect("What would you like to talk about")
    await person.press("Stress")
    await person.expect("How are you feeling right now")
    await person.press("^3")
