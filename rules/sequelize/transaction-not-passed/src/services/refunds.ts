import { Account, Transfer, sequelize } from '../models';

export async function refund(transferId: number): Promise<void> {
  const t = await sequelize.transaction();
  try {
    const original = await Transfer.findByPk(transferId, { transaction: t }); // ok: sequelize/transaction-not-passed
    await Account.increment('balance', { by: original!.get('amount') as number, where: { id: 1 } }); // expect: sequelize/transaction-not-passed
    await Transfer.destroy({ where: { id: transferId }, transaction: t }); // ok: sequelize/transaction-not-passed
    await t.commit();
  } catch (error) {
    await t.rollback();
    throw error;
  }
  await Transfer.count(); // ok: sequelize/transaction-not-passed
}

export async function cached(cache: Map<string, number>): Promise<void> {
  await sequelize.transaction(async (t) => {
    // Not a model: a Map's `update`-like methods are no queries.
    cache.set('refunds', await Transfer.count({ transaction: t })); // ok: sequelize/transaction-not-passed
  });
}
