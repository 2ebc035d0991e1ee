const { sequelize, Account, Transfer } = require('../models');

async function transfer(fromId, toId, amount) {
  return sequelize.transaction(async (t) => {
    const from = await Account.findByPk(fromId, { transaction: t, lock: t.LOCK.UPDATE }); // ok: sequelize/transaction-not-passed
    // expect: sequelize/transaction-not-passed
    await Account.update({ balance: from.balance - amount }, { where: { id: fromId } });
    await Account.increment('balance', { by: amount, where: { id: toId }, transaction: t }); // ok: sequelize/transaction-not-passed
    return Transfer.create({ fromId, toId, amount }); // expect: sequelize/transaction-not-passed
  });
}

async function audit(options) {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query('UPDATE accounts SET audited = true'); // expect: sequelize/transaction-not-passed
    await Transfer.findAll({ where: { amount: 0 }, transaction }); // ok: sequelize/transaction-not-passed
    await Transfer.destroy({ ...options, where: { amount: 0 } }); // ok: sequelize/transaction-not-passed
  });
}

async function report() {
  // No transaction is open here.
  return Transfer.findAll(); // ok: sequelize/transaction-not-passed
}

module.exports = { transfer, audit, report };
