"""Program briefs: per sender, how keywords are matched and what the replies say (docs/keywords.md).

A brief is stored as JSON in the `{prefix}Programs` table, one row per sender.
A sender without a brief gets the defaults below, which carry what the CTIA
asks of every reply: the program's name, how to get help, how to opt out.

Writes (a PUT or a DELETE) are ordered by the date their request names, so a captured request sent again cannot
undo a later one (docs/decisions.md): the row keeps the date of the write it holds and the requests written at
that date, and a DELETE leaves the row without a brief rather than removing it.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from azure.core import MatchConditions
from azure.core.exceptions import (
    AzureError,
    ResourceExistsError,
    ResourceModifiedError,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from azure.data.tables import TableEntity, UpdateMode
from azure.data.tables.aio import TableClient
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .keywords import Intent, KeywordEngine, MatchingMode, classify, engine_for
from .shared import SharedCalls
from .storage import Outcome, StorageUnavailableError, Tables

MAX_REPLY_LENGTH = 320
MAX_EXTRA_KEYWORDS = 50
MAX_REPLY_LANGUAGES = 10
_Keyword = Annotated[str, Field(min_length=1, max_length=64)]
_CACHE_SECONDS = 30.0
# A write that meets another one at the same moment decides again; briefs are changed rarely, so a few rounds do.
_WRITE_ROUNDS = 5

# {program} is the program name, {contact} a sentence naming the help contact (or nothing).
DEFAULT_REPLIES: dict[str, dict[Intent, str]] = {
    "en": {
        Intent.OPT_OUT: "{program}: You are unsubscribed and will receive no more messages. Reply START to resubscribe.",
        Intent.OPT_IN: "{program}: You are subscribed again. Reply HELP for help, STOP to opt out. Msg&data rates may apply.",
        Intent.HELP: "{program}: {contact}Reply STOP to opt out, START to opt back in. Msg&data rates may apply.",
    },
    "fr": {
        Intent.OPT_OUT: "{program} : Vous avez été désabonné et ne recevrez plus de messages. Répondez START pour vous réabonner.",
        Intent.OPT_IN: "{program} : Vous êtes de nouveau abonné. Répondez AIDE pour de l'aide, ARRET pour vous désabonner. Des frais peuvent s'appliquer.",
        Intent.HELP: "{program} : {contact}Répondez ARRET pour vous désabonner, START pour vous réabonner. Des frais peuvent s'appliquer.",
    },
    "es": {
        Intent.OPT_OUT: "{program}: Se ha dado de baja y no recibirá más mensajes. Responda START para volver a suscribirse.",
        Intent.OPT_IN: "{program}: Se ha suscrito de nuevo. Responda AYUDA para ayuda, BAJA para darse de baja. Pueden aplicarse tarifas.",
        Intent.HELP: "{program}: {contact}Responda BAJA para darse de baja, START para volver. Pueden aplicarse tarifas.",
    },
    "pt": {
        Intent.OPT_OUT: "{program}: Você cancelou a inscrição e não receberá mais mensagens. Responda START para voltar.",
        Intent.OPT_IN: "{program}: Você está inscrito novamente. Responda AJUDA para ajuda, PARAR para cancelar. Podem ser cobradas tarifas.",
        Intent.HELP: "{program}: {contact}Responda PARAR para cancelar, START para voltar. Podem ser cobradas tarifas.",
    },
    "de": {
        Intent.OPT_OUT: "{program}: Sie sind abgemeldet und erhalten keine Nachrichten mehr. Antworten Sie START zum Anmelden.",
        Intent.OPT_IN: "{program}: Sie sind wieder angemeldet. Antworten Sie HILFE für Hilfe, STOPP zum Abmelden. Es können Gebühren anfallen.",
        Intent.HELP: "{program}: {contact}Antworten Sie STOPP zum Abmelden, START zum Anmelden. Es können Gebühren anfallen.",
    },
    "it": {
        Intent.OPT_OUT: "{program}: Sei stato disiscritto e non riceverai più messaggi. Rispondi START per iscriverti di nuovo.",
        Intent.OPT_IN: "{program}: Sei di nuovo iscritto. Rispondi AIUTO per assistenza, STOP per disiscriverti. Possono essere applicati costi.",
        Intent.HELP: "{program}: {contact}Rispondi STOP per disiscriverti, START per iscriverti. Possono essere applicati costi.",
    },
    "pl": {
        Intent.OPT_OUT: "{program}: Wypisano Cię i nie otrzymasz więcej wiadomości. Odpowiedz START, aby zapisać się ponownie.",
        Intent.OPT_IN: "{program}: Zapisano Cię ponownie. Odpowiedz POMOC, aby uzyskać pomoc, STOP, aby się wypisać. Mogą obowiązywać opłaty.",
        Intent.HELP: "{program}: {contact}Odpowiedz STOP, aby się wypisać, START, aby się zapisać. Mogą obowiązywać opłaty.",
    },
    "ru": {
        Intent.OPT_OUT: "{program}: Вы отписались и больше не будете получать сообщения. Ответьте START, чтобы подписаться снова.",
        Intent.OPT_IN: "{program}: Вы снова подписаны. Ответьте ПОМОЩЬ для справки, СТОП для отписки. Может взиматься плата.",
        Intent.HELP: "{program}: {contact}Ответьте СТОП для отписки, START для подписки. Может взиматься плата.",
    },
}
_CONTACT_SENTENCE = {
    "en": "Help: {contact}. ", "fr": "Aide : {contact}. ", "es": "Ayuda: {contact}. ", "pt": "Ajuda: {contact}. ",
    "de": "Hilfe: {contact}. ", "it": "Aiuto: {contact}. ", "pl": "Pomoc: {contact}. ", "ru": "Помощь: {contact}. ",
}


class ReplyTexts(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)

    opt_out: str | None = Field(default=None, alias="optOut", min_length=1, max_length=MAX_REPLY_LENGTH)
    opt_in: str | None = Field(default=None, alias="optIn", min_length=1, max_length=MAX_REPLY_LENGTH)
    help: str | None = Field(default=None, min_length=1, max_length=MAX_REPLY_LENGTH)

    def for_intent(self, intent: Intent) -> str | None:
        return {Intent.OPT_OUT: self.opt_out, Intent.OPT_IN: self.opt_in, Intent.HELP: self.help}.get(intent)


class ExtraKeywords(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)

    opt_out: list[_Keyword] = Field(default_factory=list, alias="optOut", max_length=MAX_EXTRA_KEYWORDS)
    opt_in: list[_Keyword] = Field(default_factory=list, alias="optIn", max_length=MAX_EXTRA_KEYWORDS)
    help: list[_Keyword] = Field(default_factory=list, max_length=MAX_EXTRA_KEYWORDS)

    @model_validator(mode="after")
    def _opt_outs_stay_opt_outs(self) -> ExtraKeywords:
        """No brief may turn a way of saying stop into anything else: "STOP" as an opt-in word would undo opt-outs."""
        for word in [*self.opt_in, *self.help]:
            if classify(word).intent is Intent.OPT_OUT:
                raise ValueError(f"'{word}' already means opt-out and cannot be an opt-in or help keyword")
        return self


class ProgramBrief(BaseModel):
    """What `PUT /sms/programs/{sender}` takes and `GET` returns."""

    model_config = ConfigDict(strict=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)

    program_name: str | None = Field(default=None, alias="programName", min_length=1, max_length=60)
    help_contact: str | None = Field(default=None, alias="helpContact", min_length=1, max_length=80)
    matching: MatchingMode = MatchingMode.INTENT
    replies_enabled: bool = Field(default=True, alias="repliesEnabled")
    default_language: str = Field(default="en", alias="defaultLanguage", pattern=r"^[a-z]{2}$")
    replies: dict[str, ReplyTexts] = Field(default_factory=dict)
    keywords: ExtraKeywords = Field(default_factory=ExtraKeywords)

    @field_validator("replies")
    @classmethod
    def _languages_are_codes(cls, replies: dict[str, ReplyTexts]) -> dict[str, ReplyTexts]:
        if len(replies) > MAX_REPLY_LANGUAGES:
            raise ValueError(f"replies in at most {MAX_REPLY_LANGUAGES} languages")
        for language in replies:
            if len(language) != 2 or not language.isalpha() or not language.islower():
                raise ValueError(f"reply languages are two-letter ISO 639-1 codes, not '{language}'")
        return replies


@dataclass(frozen=True)
class Program:
    """A brief made ready for use: its keyword engine built once."""

    brief: ProgramBrief
    engine: KeywordEngine
    fallback_name: str
    fallback_contact: str | None = None

    @classmethod
    def from_brief(cls, brief: ProgramBrief, fallback_name: str, fallback_contact: str | None = None) -> Program:
        extra = {Intent.OPT_OUT: brief.keywords.opt_out, Intent.OPT_IN: brief.keywords.opt_in,
                 Intent.HELP: brief.keywords.help}
        return cls(brief, engine_for(brief.matching, extra, brief.default_language), fallback_name,
                   fallback_contact)

    def reply(self, intent: Intent, language: str) -> tuple[str, str]:
        """The reply text for an intent, in the keyword's language where the brief or the defaults have one."""
        for candidate in (language, self.brief.default_language, "en"):
            custom = self.brief.replies.get(candidate)
            text = custom.for_intent(intent) if custom is not None else None
            if text:
                return text, candidate
            if candidate in DEFAULT_REPLIES:
                return self._default(intent, candidate), candidate
        raise AssertionError("English defaults exist for every intent")

    def _default(self, intent: Intent, language: str) -> str:
        contact = self.brief.help_contact or self.fallback_contact
        sentence = _CONTACT_SENTENCE[language].format(contact=contact) if contact else ""
        return DEFAULT_REPLIES[language][intent].format(program=self.brief.program_name or self.fallback_name,
                                                        contact=sentence)


class ProgramStore:
    TABLE = "Programs"
    _ROW = "brief"

    def __init__(self, tables: Tables, default_program_name: str | None, default_help_contact: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._tables = tables
        self._default_name = default_program_name
        self._default_contact = default_help_contact
        self._clock = clock
        self._cache: dict[str, tuple[float, Program]] = {}
        self._reads: SharedCalls[Program] = SharedCalls()

    def _fallback_name(self, sender_key: str) -> str:
        return self._default_name or sender_key

    async def get_brief(self, sender_key: str) -> ProgramBrief | None:
        entity = await self._row(await self._tables.get(self.TABLE), sender_key)
        if entity is None or "Brief" not in entity:  # never briefed, or deleted
            return None
        return ProgramBrief.model_validate_json(entity["Brief"])

    async def _row(self, table: TableClient, sender_key: str) -> TableEntity | None:
        try:
            return await self._tables.within(table.get_entity(sender_key, self._ROW))
        except ResourceNotFoundError:
            return None
        except AzureError as exc:
            raise StorageUnavailableError(f"cannot read the program brief: {exc}") from exc

    async def program(self, sender_key: str) -> Program:
        """The sender's program; briefs are cached for 30 seconds, so a change reaches every instance within that."""
        cached = self._cache.get(sender_key)
        if cached is not None and self._clock() - cached[0] < _CACHE_SECONDS:
            return cached[1]
        return await self._reads.share(sender_key, lambda: self._read(sender_key))

    async def _read(self, sender_key: str) -> Program:
        brief = await self.get_brief(sender_key) or ProgramBrief()
        program = Program.from_brief(brief, self._fallback_name(sender_key), self._default_contact)
        self._cache[sender_key] = (self._clock(), program)
        return program

    async def put_brief(self, sender_key: str, brief: ProgramBrief, write: BriefWrite) -> Outcome:
        return await self._write(sender_key, write, brief.model_dump_json(by_alias=True, exclude_none=True))

    async def delete_brief(self, sender_key: str, write: BriefWrite) -> Outcome:
        return await self._write(sender_key, write, None)

    async def _write(self, sender_key: str, write: BriefWrite, brief: str | None) -> Outcome:
        """Store the brief (None: delete it) unless a write dated later holds; conditional on the row's ETag, so
        that of two writes at once the second decides again against the first."""
        table = await self._tables.get(self.TABLE)
        for _ in range(_WRITE_ROUNDS):
            current = await self._row(table, sender_key)
            outcome, requests = write.against(current)
            if outcome is not Outcome.CHANGED:
                return outcome
            entity = {"PartitionKey": sender_key, "RowKey": self._ROW, "DatedAt": write.dated,
                      "Requests": json.dumps(requests), **({"Brief": brief} if brief is not None else {})}
            try:
                if current is None:
                    await self._tables.within(table.create_entity(entity))
                else:
                    await self._tables.within(table.update_entity(
                        entity, mode=UpdateMode.REPLACE, etag=current.metadata["etag"],
                        match_condition=MatchConditions.IfNotModified))
            except ServiceResponseTimeoutError as exc:  # a storage that does not answer: not worth more rounds
                raise StorageUnavailableError(f"cannot store the program brief: {exc}") from exc
            except (ResourceExistsError, ResourceModifiedError, ServiceRequestError, ServiceResponseError):
                # Another write came first; or the connection failed, which the SDK does not repeat for a create
                # (a POST), or took this write's answer with it: read the row again and decide against it.
                continue
            except AzureError as exc:
                raise StorageUnavailableError(f"cannot store the program brief: {exc}") from exc
            self._cache.pop(sender_key, None)
            return Outcome.CHANGED
        raise StorageUnavailableError("the program brief kept changing while this write was decided")


@dataclass(frozen=True)
class BriefWrite:
    """A PUT or DELETE of a brief: the date its request names (the signed date, the same on every replay; a bearer
    request's arrival) and, for a signed request, its signature, which names that exact request."""

    dated: datetime
    request_id: str | None = None

    def against(self, current: TableEntity | None) -> tuple[Outcome, list[str]]:
        """What this write does to the stored row: CHANGED (with the requests the row then lists), SUPERSEDED (a
        write dated later holds, or this very request was applied and replaced since) or ALREADY_IN_STATE (this
        very request was applied and still holds)."""
        mine = [hashlib.sha256(self.request_id.encode()).hexdigest()[:32]] if self.request_id else []
        if current is None:
            return Outcome.CHANGED, mine
        stored_at = current.get("DatedAt") or datetime.min.replace(tzinfo=UTC)  # a row from before dates: any wins
        requests: list[str] = json.loads(current.get("Requests") or "[]")
        if self.dated < stored_at:
            return Outcome.SUPERSEDED, requests
        if self.dated > stored_at:
            return Outcome.CHANGED, mine
        if mine and mine[0] in requests:  # an exact repeat: nothing to write
            return (Outcome.ALREADY_IN_STATE if requests[-1] == mine[0] else Outcome.SUPERSEDED), requests
        return Outcome.CHANGED, requests + mine  # another write in the same second: the later arrival wins
