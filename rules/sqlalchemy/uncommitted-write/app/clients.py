import aiohttp


async def forget_remote(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        await session.delete(url)  # ok: sqlalchemy/uncommitted-write
