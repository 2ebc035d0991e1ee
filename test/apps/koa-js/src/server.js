import app from './app.js';
import { connect } from './db.js';

const port = Number(process.env.PORT ?? 3000);

await connect();
app.listen(port, () => console.log(`tasks listening on ${port}`));
