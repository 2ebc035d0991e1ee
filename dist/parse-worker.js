import { createRequire as __cgCreateRequire } from 'node:module';
import { fileURLToPath as __cgFileURLToPath } from 'node:url';
import { dirname as __cgDirname } from 'node:path';
const require = __cgCreateRequire(import.meta.url);
const __filename = __cgFileURLToPath(import.meta.url);
const __dirname = __cgDirname(__filename);
import{parseFileSafely,parserFor,prepareFileRules,toWire}from"./chunks/chunk-4OMNSTXY.js";import"./chunks/chunk-BIBLEZXU.js";import{parentPort,workerData}from"node:worker_threads";var setup=workerData??{},port=parentPort;if(!port)throw new Error("parse-worker.ts must run in a worker thread");async function warmUp(){for(let grammar of setup.grammars??[])try{let parser=await parserFor(grammar);parser.language&&prepareFileRules(setup.perFileRules,grammar,parser.language)}catch{}}var ready=warmUp();port.on("message",async batch=>{await ready;let outcomes=[];for(let job of batch.jobs)outcomes.push(toWire(await parseFileSafely(job.path,job.text,{hash:job.hash,limits:setup.limits,perFileRules:setup.perFileRules})));port.postMessage({id:batch.id,outcomes})});
