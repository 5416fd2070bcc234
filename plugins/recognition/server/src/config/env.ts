// Settings read from the environment, by the pipeline's helpers: one way to read a number, one
// way to refuse a wrong setting (naming the variable and what is allowed), for every setting.
export { envInt, parseEnvConfig } from '../../../../../pipeline/src';
