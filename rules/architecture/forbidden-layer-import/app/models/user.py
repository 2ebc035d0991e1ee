from dataclasses import dataclass


@dataclass
class User:
    id: int
    email: str
    active: bool = True
