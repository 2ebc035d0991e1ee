from app import services


def index():
    return services.list_users()
