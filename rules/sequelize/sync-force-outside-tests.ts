import { Sequelize } from 'sequelize';
import { Order, Customer } from './models';

export const sequelize = new Sequelize(process.env.DATABASE_URL!);

export async function bootstrap(): Promise<void> {
  await sequelize.sync({ force: true, logging: false }); // expect: sequelize/sync-force-outside-tests
  // expect: sequelize/sync-force-outside-tests
  await Promise.all([Order.sync({ force: true }), Customer.sync()]);
}

export async function bootstrapSafely(): Promise<void> {
  await sequelize.authenticate();
  await sequelize.sync({ alter: process.env.NODE_ENV === 'development' }); // ok: sequelize/sync-force-outside-tests
  // `force` read from the environment is not the literal `true` this rule looks for.
  await Order.sync({ force: process.env.RESET_DB === 'yes' }); // ok: sequelize/sync-force-outside-tests
}
