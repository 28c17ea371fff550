# Type stubs for the `dyad` extension module (python/dyad_module.cc): news in, event data
# out. Events are dicts in dyad's native schema, the keys of `dyad code --format jsonl`
# (docs/python.md lists them); offsets are UTF-8 byte offsets into the article text.
import datetime
import os
from typing import Any, Iterable, Iterator, Literal, Mapping, Optional, TypedDict, Union

__version__: str

DateLike = Union[str, datetime.date]
PathLike = Union[str, os.PathLike[str]]
Article = Union[str, Mapping[str, Any]]
Event = dict[str, Any]

class Token(TypedDict, total=False):
    form: str
    start: int
    end: int
    upos: str
    xpos: str
    lemma: str
    head: int
    deprel: str

class SentenceDict(TypedDict, total=False):
    text: str
    start: int
    end: int
    heading: bool
    paragraph: int
    tokens: list[Token]
    mentions: list[dict[str, Any]]
    predicates: list[dict[str, Any]]

class Extracted(TypedDict):
    text: str
    title: str
    date: Optional[str]
    byline: str
    language: str
    url: str

class EventStream(Iterator[Event]):
    """Iterator over the events of Coder.code_many, in input order."""
    @property
    def articles_read(self) -> int: ...
    def __iter__(self) -> EventStream: ...
    def __next__(self) -> Event: ...

class Coder:
    """Codes articles into events with dyad's whole pipeline; thread-safe once loaded."""
    def __init__(
        self,
        dictionaries: Optional[PathLike] = None,
        models: Optional[PathLike] = None,
        date: Optional[DateLike] = None,
        keep_negated: bool = False,
        article_country: bool = True,
    ) -> None: ...
    def code(
        self,
        text: str,
        date: Optional[DateLike] = None,
        title: Optional[str] = None,
        id: str = "text",
        url: Optional[str] = None,
        source: Optional[str] = None,
    ) -> list[Event]: ...
    def code_article(self, article: Article) -> list[Event]: ...
    def code_many(
        self,
        articles: Iterable[Article],
        jobs: int = 1,
        errors: Literal["raise", "warn", "ignore"] = "raise",
    ) -> EventStream: ...
    def explain(self, text: str, date: Optional[DateLike] = None) -> dict[str, Any]: ...
    def parse(self, text: str) -> list[SentenceDict]: ...
    @property
    def analysis_level(self) -> str: ...

class Store:
    """An event store written by `dyad code --db FILE`, opened read-only."""
    def __init__(self, path: PathLike) -> None: ...
    def query(self, limit: int = 100, offset: int = 0, **filters: Any) -> list[Event]: ...
    def query_page(self, limit: int = 100, offset: int = 0, cursor: str = "", **filters: Any) -> dict[str, Any]: ...
    def timeline(self, period: Literal["day", "week", "month"] = "month", by_quad_class: bool = False,
                 **filters: Any) -> list[dict[str, Any]]: ...
    def top_dyads(self, limit: int = 10, **filters: Any) -> list[dict[str, Any]]: ...
    def top_actors(self, limit: int = 10, **filters: Any) -> list[dict[str, Any]]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: Any) -> None: ...
    @property
    def path(self) -> str: ...

def extract(html: Union[str, bytes], url: Optional[str] = None, date: Optional[DateLike] = None) -> Extracted: ...
def segment(text: str) -> list[SentenceDict]: ...
