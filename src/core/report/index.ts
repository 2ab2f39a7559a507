// Output formats shared by the CLI (and anything else that prints findings).
export * from './positions';
export * from './textReport';
export * from './sarif';
export * from './indentedJson';
