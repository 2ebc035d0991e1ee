const cache = new Map();

exports.get = (key) => cache.get(key);
