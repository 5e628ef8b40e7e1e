// Compiles the Symposia schema with Ajv (draft 2020-12) in strict mode and validates documents against it.
// Usage: node check.js SCHEMA [DOCUMENT...]; prints "compiled", then one line per document: "<file>\tvalid" or
// "<file>\tinvalid\t<errors>". Exits 1 if the schema does not compile.
const fs = require("fs");
const path = require("path");
const { Ajv2020 } = require(path.join(__dirname, "ajv2020.min.js"));
const schema = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
let validate;
try {
  validate = new Ajv2020({ strict: true, allErrors: false }).compile(schema);
} catch (e) {
  console.log("not compiled\t" + e.message);
  process.exit(1);
}
console.log("compiled");
for (const file of process.argv.slice(3)) {
  const valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  console.log(file + "\t" + (valid ? "valid" : "invalid\t" + JSON.stringify(validate.errors)));
}
