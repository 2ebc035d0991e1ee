from .users import User, UserCreate, UserRow
