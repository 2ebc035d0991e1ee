import { useEffect, useState } from 'react';

export function App() {
  const [accounts, setAccounts] = useState([]);
  useEffect(() => {
    fetch('/api/accounts').then((response) => response.json()).then(setAccounts);
  }, []);
  return <ul>{accounts.map((account) => <li key={account.id}>{account.email}</li>)}</ul>;
}
