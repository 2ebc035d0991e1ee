from fastapi import FastAPI

from app.routes.users import router as users_router

app = FastAPI(title="clean-fastapi")
app.include_router(users_router)
