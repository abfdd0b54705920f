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


async def staff(
    bot: RunningBot,
    api: BotApiStandIn,
    user_id: int,
    name: str,
    school: str,
    role: Role,
    welcome: str = "all set as a",
) -> SimulatedUser:
    """Someone enrolled with a `role` invite of `school`, once told `welcome`."""
    code = await world.invite_code(bot.services, school, role)
    person = api.user(user_id, name)
    await person.send(f"/start {code}")
    await person.press("I understand")
    await person.expect(welcome)
    return person


async def mentor(
    bot: RunningBot,
    api: BotApiStandIn,
    user_id: int,
    name: str = "Maya",
    school: str = "OAKTECH",
    on_shift: bool = True,
) -> SimulatedUser:
    person = await staff(bot, api, user_id, name, school, Role.MENTOR, "all set as a peer mentor")
    if on_shift:
        await person.send("/onshift")
        await person.expect("You're on shift")
    return person


async def counselor(
    bot: RunningBot, api: BotApiStandIn, user_id: int, name: str = "Dr Lee", school: str = "OAKTECH"
) -> SimulatedUser:
    return await staff(bot, api, user_id, name, school, Role.COUNSELOR)


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


async def end_feeling_better(person: SimulatedUser) -> None:
    """A student ends their conversation and answers both feedback questions."""
    await person.send("/end")
    await person.press("Better")
    await person.press("^Yes$")
    await person.expect("That helps us make this better")


async def choose_topic_and_mood(person: SimulatedUser) -> None:
    await person.expect("What would you like to talk about")
    await person.press("Stress")
    await person.expect("How are you feeling right now")
    await person.press("^3")
