// a script the tests serve: 查询
console.log("probe");
