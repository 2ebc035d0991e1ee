from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    DATABASE_URL: str = "postgresql+asyncpg://shop:shop@localhost:5432/shop"
    API_PREFIX: str = "/api/v1"
    ECHO_SQL: bool = False


settings = Settings()
