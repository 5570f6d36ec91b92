// Generates Python bindings from a (trimmed) provider schema with cdktf's own ConstructsMaker,
// the code `cdktf get` runs: TypeScript, then jsii, then jsii-pacmak for Python.
// Run by `python -m toolchain bindings`.
//
// usage: node generate.js SCHEMA.json OUTDIR CONSTRAINT   (e.g. "aws@~> 5.0")
const fs = require("fs");
const path = require("path");
const { ConstructsMaker } = require("@cdktf/provider-generator");
const { TerraformProviderConstraint, Language } = require("@cdktf/commons");

const [schemaFile, outdir, constraint] = process.argv.slice(2);
const providerSchema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));

class GivenSchemaMaker extends ConstructsMaker {
  async getSchemas() {
    return { providerSchema, moduleSchema: {} };
  }
}

(async () => {
  fs.rmSync(outdir, { recursive: true, force: true });
  const maker = new GivenSchemaMaker({
    codeMakerOutput: path.resolve(outdir),
    targetLanguage: Language.PYTHON,
    jsiiParallelism: 1,
  });
  await maker.generate([new TerraformProviderConstraint(constraint)]);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
