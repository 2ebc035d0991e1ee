const mysql = require('mysql2/promise');

module.exports = mysql.createPool(process.env.MYSQL_URL || 'mysql://shop:shop@localhost:3306/shop');
