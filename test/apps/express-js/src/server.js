const app = require('./app');
const { sequelize } = require('./db');

const port = Number(process.env.PORT || 3000);

sequelize
  .authenticate()
  .then(() => {
    app.listen(port, () => console.log(`shop listening on ${port}`));
  })
  .catch((error) => {
    console.error('cannot reach the database', error);
    process.exit(1);
  });
