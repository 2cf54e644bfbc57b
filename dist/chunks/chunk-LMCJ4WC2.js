import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ActionError,
  ApiError,
  ContainerNameTaken,
  InputError,
  MAX_RECORDS_PER_COLLECTION,
  ORG_REFUSAL_HINT,
  PUSH_STATUSES,
  QUICK_DEPLOY_WINDOW_MS,
  STATE,
  STATUS_LABEL,
  TEST_LEVELS,
  TransientError,
  bool,
  chunk,
  compareVersions,
  connectForRun,
  coreLogger,
  createContainerClient,
  createPushClient,
  createSalesforceRest,
  createUndiciTransport,
  date,
  describeError,
  emptyCounts,
  ensureArray,
  escapeXml,
  isCleanSuccess,
  isOrgId,
  isOrgId2,
  isTerminal,
  nonEmpty,
  olderThan,
  orgKey15,
  parseSettings,
  parseVersionNumber,
  parseXml as parseXml2,
  quickDeployProblems,
  readInputs,
  sameOrg,
  selectRecord,
  soapCaller,
  systemClock,
  text,
  to18,
  toOrgFacts,
  usableUntil,
  versionMatches
} from "./chunk-MUE4JQEC.js";
import {
  BuildError,
  FsSourceTree,
  GitDeltaError,
  PackageFiles,
  buildDelta,
  buildPackage,
  buildPackageXml,
  changedFiles,
  decideTestRun,
  decodeUtf8,
  defaultRegistry,
  encodeUtf8,
  git,
  joinTreePath,
  openRepo,
  parseJson,
  parsePackageXml,
  parseXml,
  readMetadataDir,
  readMetadataZip,
  resolveRange,
  resolveSource,
  unzipEntries,
  writeXml,
  zipPackage
} from "./chunk-GTL3UUBF.js";
import {
  redact,
  secrets
} from "./chunk-6BJ2KOA7.js";
import {
  require_inherits,
  require_node,
  require_process_nextick_args,
  require_util
} from "./chunk-QW6W5TOZ.js";
import {
  getOctokit
} from "./chunk-XGTBZBA7.js";
import {
  core_exports,
  info,
  saveState,
  setFailed,
  setOutput
} from "./chunk-IM32HWAU.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-WP646LUM.js";

// node_modules/jszip/node_modules/isarray/index.js
var require_isarray = __commonJS({
  "node_modules/jszip/node_modules/isarray/index.js"(exports, module) {
    var toString = {}.toString;
    module.exports = Array.isArray || function(arr) {
      return toString.call(arr) == "[object Array]";
    };
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/jszip/node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/jszip/node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key3 in src) {
        dst[key3] = src[key3];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module.exports = buffer;
    } else {
      copyProps(buffer, exports);
      exports.Buffer = SafeBuffer;
    }
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg === "number") {
        throw new TypeError("Argument must not be a number");
      }
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size2, fill, encoding) {
      if (typeof size2 !== "number") {
        throw new TypeError("Argument must be a number");
      }
      var buf = Buffer2(size2);
      if (fill !== void 0) {
        if (typeof encoding === "string") {
          buf.fill(fill, encoding);
        } else {
          buf.fill(fill);
        }
      } else {
        buf.fill(0);
      }
      return buf;
    };
    SafeBuffer.allocUnsafe = function(size2) {
      if (typeof size2 !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return Buffer2(size2);
    };
    SafeBuffer.allocUnsafeSlow = function(size2) {
      if (typeof size2 !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return buffer.SlowBuffer(size2);
    };
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/internal/streams/BufferList.js
var require_BufferList = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/internal/streams/BufferList.js"(exports, module) {
    "use strict";
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var Buffer2 = require_safe_buffer().Buffer;
    var util = __require("util");
    function copyBuffer(src, target, offset) {
      src.copy(target, offset);
    }
    module.exports = (function() {
      function BufferList() {
        _classCallCheck(this, BufferList);
        this.head = null;
        this.tail = null;
        this.length = 0;
      }
      BufferList.prototype.push = function push(v) {
        var entry = { data: v, next: null };
        if (this.length > 0) this.tail.next = entry;
        else this.head = entry;
        this.tail = entry;
        ++this.length;
      };
      BufferList.prototype.unshift = function unshift(v) {
        var entry = { data: v, next: this.head };
        if (this.length === 0) this.tail = entry;
        this.head = entry;
        ++this.length;
      };
      BufferList.prototype.shift = function shift() {
        if (this.length === 0) return;
        var ret = this.head.data;
        if (this.length === 1) this.head = this.tail = null;
        else this.head = this.head.next;
        --this.length;
        return ret;
      };
      BufferList.prototype.clear = function clear() {
        this.head = this.tail = null;
        this.length = 0;
      };
      BufferList.prototype.join = function join(s) {
        if (this.length === 0) return "";
        var p = this.head;
        var ret = "" + p.data;
        while (p = p.next) {
          ret += s + p.data;
        }
        return ret;
      };
      BufferList.prototype.concat = function concat(n) {
        if (this.length === 0) return Buffer2.alloc(0);
        var ret = Buffer2.allocUnsafe(n >>> 0);
        var p = this.head;
        var i = 0;
        while (p) {
          copyBuffer(p.data, ret, i);
          i += p.data.length;
          p = p.next;
        }
        return ret;
      };
      return BufferList;
    })();
    if (util && util.inspect && util.inspect.custom) {
      module.exports.prototype[util.inspect.custom] = function() {
        var obj = util.inspect({ length: this.length });
        return this.constructor.name + " " + obj;
      };
    }
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    function destroy(err, cb) {
      var _this = this;
      var readableDestroyed = this._readableState && this._readableState.destroyed;
      var writableDestroyed = this._writableState && this._writableState.destroyed;
      if (readableDestroyed || writableDestroyed) {
        if (cb) {
          cb(err);
        } else if (err) {
          if (!this._writableState) {
            pna.nextTick(emitErrorNT, this, err);
          } else if (!this._writableState.errorEmitted) {
            this._writableState.errorEmitted = true;
            pna.nextTick(emitErrorNT, this, err);
          }
        }
        return this;
      }
      if (this._readableState) {
        this._readableState.destroyed = true;
      }
      if (this._writableState) {
        this._writableState.destroyed = true;
      }
      this._destroy(err || null, function(err2) {
        if (!cb && err2) {
          if (!_this._writableState) {
            pna.nextTick(emitErrorNT, _this, err2);
          } else if (!_this._writableState.errorEmitted) {
            _this._writableState.errorEmitted = true;
            pna.nextTick(emitErrorNT, _this, err2);
          }
        } else if (cb) {
          cb(err2);
        }
      });
      return this;
    }
    function undestroy() {
      if (this._readableState) {
        this._readableState.destroyed = false;
        this._readableState.reading = false;
        this._readableState.ended = false;
        this._readableState.endEmitted = false;
      }
      if (this._writableState) {
        this._writableState.destroyed = false;
        this._writableState.ended = false;
        this._writableState.ending = false;
        this._writableState.finalCalled = false;
        this._writableState.prefinished = false;
        this._writableState.finished = false;
        this._writableState.errorEmitted = false;
      }
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    module.exports = {
      destroy,
      undestroy
    };
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    module.exports = Writable;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null;
      this.entry = null;
      this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var asyncWrite = !process.browser && ["v0.10", "v0.9."].indexOf(process.version.slice(0, 5)) > -1 ? setImmediate : pna.nextTick;
    var Duplex;
    Writable.WritableState = WritableState;
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var internalUtil = {
      deprecate: require_node()
    };
    var Stream = require_stream();
    var Buffer2 = require_safe_buffer().Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk2) {
      return Buffer2.from(chunk2);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy();
    util.inherits(Writable, Stream);
    function nop() {
    }
    function WritableState(options, stream) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      var isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
      var hwm = options.highWaterMark;
      var writableHwm = options.writableHighWaterMark;
      var defaultHwm = this.objectMode ? 16 : 16 * 1024;
      if (hwm || hwm === 0) this.highWaterMark = hwm;
      else if (isDuplex && (writableHwm || writableHwm === 0)) this.highWaterMark = writableHwm;
      else this.highWaterMark = defaultHwm;
      this.highWaterMark = Math.floor(this.highWaterMark);
      this.finalCalled = false;
      this.needDrain = false;
      this.ending = false;
      this.ended = false;
      this.finished = false;
      this.destroyed = false;
      var noDecode = options.decodeStrings === false;
      this.decodeStrings = !noDecode;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.length = 0;
      this.writing = false;
      this.corked = 0;
      this.sync = true;
      this.bufferProcessing = false;
      this.onwrite = function(er) {
        onwrite(stream, er);
      };
      this.writecb = null;
      this.writelen = 0;
      this.bufferedRequest = null;
      this.lastBufferedRequest = null;
      this.pendingcb = 0;
      this.prefinished = false;
      this.errorEmitted = false;
      this.bufferedRequestCount = 0;
      this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function getBuffer() {
      var current = this.bufferedRequest;
      var out = [];
      while (current) {
        out.push(current);
        current = current.next;
      }
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch (_) {
      }
    })();
    var realHasInstance;
    if (typeof Symbol === "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] === "function") {
      realHasInstance = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(Writable, Symbol.hasInstance, {
        value: function(object) {
          if (realHasInstance.call(this, object)) return true;
          if (this !== Writable) return false;
          return object && object._writableState instanceof WritableState;
        }
      });
    } else {
      realHasInstance = function(object) {
        return object instanceof this;
      };
    }
    function Writable(options) {
      Duplex = Duplex || require_stream_duplex();
      if (!realHasInstance.call(Writable, this) && !(this instanceof Duplex)) {
        return new Writable(options);
      }
      this._writableState = new WritableState(options, this);
      this.writable = true;
      if (options) {
        if (typeof options.write === "function") this._write = options.write;
        if (typeof options.writev === "function") this._writev = options.writev;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
        if (typeof options.final === "function") this._final = options.final;
      }
      Stream.call(this);
    }
    Writable.prototype.pipe = function() {
      this.emit("error", new Error("Cannot pipe, not readable"));
    };
    function writeAfterEnd(stream, cb) {
      var er = new Error("write after end");
      stream.emit("error", er);
      pna.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk2, cb) {
      var valid = true;
      var er = false;
      if (chunk2 === null) {
        er = new TypeError("May not write null values to stream");
      } else if (typeof chunk2 !== "string" && chunk2 !== void 0 && !state.objectMode) {
        er = new TypeError("Invalid non-string/buffer chunk");
      }
      if (er) {
        stream.emit("error", er);
        pna.nextTick(cb, er);
        valid = false;
      }
      return valid;
    }
    Writable.prototype.write = function(chunk2, encoding, cb) {
      var state = this._writableState;
      var ret = false;
      var isBuf = !state.objectMode && _isUint8Array(chunk2);
      if (isBuf && !Buffer2.isBuffer(chunk2)) {
        chunk2 = _uint8ArrayToBuffer(chunk2);
      }
      if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (isBuf) encoding = "buffer";
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = nop;
      if (state.ended) writeAfterEnd(this, cb);
      else if (isBuf || validChunk(this, state, chunk2, cb)) {
        state.pendingcb++;
        ret = writeOrBuffer(this, state, isBuf, chunk2, encoding, cb);
      }
      return ret;
    };
    Writable.prototype.cork = function() {
      var state = this._writableState;
      state.corked++;
    };
    Writable.prototype.uncork = function() {
      var state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest) clearBuffer(this, state);
      }
    };
    Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
      if (typeof encoding === "string") encoding = encoding.toLowerCase();
      if (!(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new TypeError("Unknown encoding: " + encoding);
      this._writableState.defaultEncoding = encoding;
      return this;
    };
    function decodeChunk(state, chunk2, encoding) {
      if (!state.objectMode && state.decodeStrings !== false && typeof chunk2 === "string") {
        chunk2 = Buffer2.from(chunk2, encoding);
      }
      return chunk2;
    }
    Object.defineProperty(Writable.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk2, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk2, encoding);
        if (chunk2 !== newChunk) {
          isBuf = true;
          encoding = "buffer";
          chunk2 = newChunk;
        }
      }
      var len = state.objectMode ? 1 : chunk2.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk: chunk2,
          encoding,
          isBuf,
          callback: cb,
          next: null
        };
        if (last) {
          last.next = state.lastBufferedRequest;
        } else {
          state.bufferedRequest = state.lastBufferedRequest;
        }
        state.bufferedRequestCount += 1;
      } else {
        doWrite(stream, state, false, len, chunk2, encoding, cb);
      }
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk2, encoding, cb) {
      state.writelen = len;
      state.writecb = cb;
      state.writing = true;
      state.sync = true;
      if (writev) stream._writev(chunk2, state.onwrite);
      else stream._write(chunk2, encoding, state.onwrite);
      state.sync = false;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb;
      if (sync) {
        pna.nextTick(cb, er);
        pna.nextTick(finishMaybe, stream, state);
        stream._writableState.errorEmitted = true;
        stream.emit("error", er);
      } else {
        cb(er);
        stream._writableState.errorEmitted = true;
        stream.emit("error", er);
        finishMaybe(stream, state);
      }
    }
    function onwriteStateUpdate(state) {
      state.writing = false;
      state.writecb = null;
      state.length -= state.writelen;
      state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState;
      var sync = state.sync;
      var cb = state.writecb;
      onwriteStateUpdate(state);
      if (er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished = needFinish(state);
        if (!finished && !state.corked && !state.bufferProcessing && state.bufferedRequest) {
          clearBuffer(stream, state);
        }
        if (sync) {
          asyncWrite(afterWrite, stream, state, finished, cb);
        } else {
          afterWrite(stream, state, finished, cb);
        }
      }
    }
    function afterWrite(stream, state, finished, cb) {
      if (!finished) onwriteDrain(stream, state);
      state.pendingcb--;
      cb();
      finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      if (state.length === 0 && state.needDrain) {
        state.needDrain = false;
        stream.emit("drain");
      }
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = true;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount;
        var buffer = new Array(l);
        var holder = state.corkedRequestsFree;
        holder.entry = entry;
        var count = 0;
        var allBuffers = true;
        while (entry) {
          buffer[count] = entry;
          if (!entry.isBuf) allBuffers = false;
          entry = entry.next;
          count += 1;
        }
        buffer.allBuffers = allBuffers;
        doWrite(stream, state, true, state.length, buffer, "", holder.finish);
        state.pendingcb++;
        state.lastBufferedRequest = null;
        if (holder.next) {
          state.corkedRequestsFree = holder.next;
          holder.next = null;
        } else {
          state.corkedRequestsFree = new CorkedRequest(state);
        }
        state.bufferedRequestCount = 0;
      } else {
        while (entry) {
          var chunk2 = entry.chunk;
          var encoding = entry.encoding;
          var cb = entry.callback;
          var len = state.objectMode ? 1 : chunk2.length;
          doWrite(stream, state, false, len, chunk2, encoding, cb);
          entry = entry.next;
          state.bufferedRequestCount--;
          if (state.writing) {
            break;
          }
        }
        if (entry === null) state.lastBufferedRequest = null;
      }
      state.bufferedRequest = entry;
      state.bufferProcessing = false;
    }
    Writable.prototype._write = function(chunk2, encoding, cb) {
      cb(new Error("_write() is not implemented"));
    };
    Writable.prototype._writev = null;
    Writable.prototype.end = function(chunk2, encoding, cb) {
      var state = this._writableState;
      if (typeof chunk2 === "function") {
        cb = chunk2;
        chunk2 = null;
        encoding = null;
      } else if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (chunk2 !== null && chunk2 !== void 0) this.write(chunk2, encoding);
      if (state.corked) {
        state.corked = 1;
        this.uncork();
      }
      if (!state.ending) endWritable(this, state, cb);
    };
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--;
        if (err) {
          stream.emit("error", err);
        }
        state.prefinished = true;
        stream.emit("prefinish");
        finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === "function") {
          state.pendingcb++;
          state.finalCalled = true;
          pna.nextTick(callFinal, stream, state);
        } else {
          state.prefinished = true;
          stream.emit("prefinish");
        }
      }
    }
    function finishMaybe(stream, state) {
      var need = needFinish(state);
      if (need) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
          state.finished = true;
          stream.emit("finish");
        }
      }
      return need;
    }
    function endWritable(stream, state, cb) {
      state.ending = true;
      finishMaybe(stream, state);
      if (cb) {
        if (state.finished) pna.nextTick(cb);
        else stream.once("finish", cb);
      }
      state.ended = true;
      stream.writable = false;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      corkReq.entry = null;
      while (entry) {
        var cb = entry.callback;
        state.pendingcb--;
        cb(err);
        entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable.prototype, "destroyed", {
      get: function() {
        if (this._writableState === void 0) {
          return false;
        }
        return this._writableState.destroyed;
      },
      set: function(value) {
        if (!this._writableState) {
          return;
        }
        this._writableState.destroyed = value;
      }
    });
    Writable.prototype.destroy = destroyImpl.destroy;
    Writable.prototype._undestroy = destroyImpl.undestroy;
    Writable.prototype._destroy = function(err, cb) {
      this.end();
      cb(err);
    };
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key3 in obj) {
        keys2.push(key3);
      }
      return keys2;
    };
    module.exports = Duplex;
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var Readable = require_stream_readable();
    var Writable = require_stream_writable();
    util.inherits(Duplex, Readable);
    {
      keys = objectKeys(Writable.prototype);
      for (v = 0; v < keys.length; v++) {
        method = keys[v];
        if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
      }
    }
    var keys;
    var method;
    var v;
    function Duplex(options) {
      if (!(this instanceof Duplex)) return new Duplex(options);
      Readable.call(this, options);
      Writable.call(this, options);
      if (options && options.readable === false) this.readable = false;
      if (options && options.writable === false) this.writable = false;
      this.allowHalfOpen = true;
      if (options && options.allowHalfOpen === false) this.allowHalfOpen = false;
      this.once("end", onend);
    }
    Object.defineProperty(Duplex.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    function onend() {
      if (this.allowHalfOpen || this._writableState.ended) return;
      pna.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex.prototype, "destroyed", {
      get: function() {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function(value) {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return;
        }
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    });
    Duplex.prototype._destroy = function(err, cb) {
      this.push(null);
      this.end();
      pna.nextTick(cb, err);
    };
  }
});

// node_modules/jszip/node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder = __commonJS({
  "node_modules/jszip/node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer().Buffer;
    var isEncoding = Buffer2.isEncoding || function(encoding) {
      encoding = "" + encoding;
      switch (encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return true;
        default:
          return false;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      var retried;
      while (true) {
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase();
            retried = true;
        }
      }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc !== "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder;
    function StringDecoder(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text;
          this.end = utf16End;
          nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast;
          nb = 4;
          break;
        case "base64":
          this.text = base64Text;
          this.end = base64End;
          nb = 3;
          break;
        default:
          this.write = simpleWrite;
          this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0;
      this.lastTotal = 0;
      this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r;
      var i;
      if (this.lastNeed) {
        r = this.fillLast(buf);
        if (r === void 0) return "";
        i = this.lastNeed;
        this.lastNeed = 0;
      } else {
        i = 0;
      }
      if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
      return r || "";
    };
    StringDecoder.prototype.end = utf8End;
    StringDecoder.prototype.text = utf8Text;
    StringDecoder.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
      this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      if (byte <= 127) return 0;
      else if (byte >> 5 === 6) return 2;
      else if (byte >> 4 === 14) return 3;
      else if (byte >> 3 === 30) return 4;
      return byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 1;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 2;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (nb === 2) nb = 0;
          else self2.lastNeed = nb - 3;
        }
        return nb;
      }
      return 0;
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128) {
        self2.lastNeed = 0;
        return "\uFFFD";
      }
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128) {
          self2.lastNeed = 1;
          return "\uFFFD";
        }
        if (self2.lastNeed > 2 && buf.length > 2) {
          if ((buf[2] & 192) !== 128) {
            self2.lastNeed = 2;
            return "\uFFFD";
          }
        }
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed;
      var r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, p, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, p, 0, buf.length);
      this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      buf.copy(this.lastChar, 0, end);
      return buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + "\uFFFD";
      return r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319) {
            this.lastNeed = 2;
            this.lastTotal = 4;
            this.lastChar[0] = buf[buf.length - 2];
            this.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      this.lastNeed = 1;
      this.lastTotal = 2;
      this.lastChar[0] = buf[buf.length - 1];
      return buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      if (n === 0) return buf.toString("base64", i);
      this.lastNeed = 3 - n;
      this.lastTotal = 3;
      if (n === 1) {
        this.lastChar[0] = buf[buf.length - 1];
      } else {
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString("base64", i, buf.length - n);
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + this.lastChar.toString("base64", 0, 3 - this.lastNeed);
      return r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    module.exports = Readable;
    var isArray = require_isarray();
    var Duplex;
    Readable.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter;
    var EElistenerCount = function(emitter, type) {
      return emitter.listeners(type).length;
    };
    var Stream = require_stream();
    var Buffer2 = require_safe_buffer().Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk2) {
      return Buffer2.from(chunk2);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var debugUtil = __require("util");
    var debug = void 0;
    if (debugUtil && debugUtil.debuglog) {
      debug = debugUtil.debuglog("stream");
    } else {
      debug = function() {
      };
    }
    var BufferList = require_BufferList();
    var destroyImpl = require_destroy();
    var StringDecoder;
    util.inherits(Readable, Stream);
    var kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
      if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
      else if (isArray(emitter._events[event])) emitter._events[event].unshift(fn);
      else emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      var isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
      var hwm = options.highWaterMark;
      var readableHwm = options.readableHighWaterMark;
      var defaultHwm = this.objectMode ? 16 : 16 * 1024;
      if (hwm || hwm === 0) this.highWaterMark = hwm;
      else if (isDuplex && (readableHwm || readableHwm === 0)) this.highWaterMark = readableHwm;
      else this.highWaterMark = defaultHwm;
      this.highWaterMark = Math.floor(this.highWaterMark);
      this.buffer = new BufferList();
      this.length = 0;
      this.pipes = null;
      this.pipesCount = 0;
      this.flowing = null;
      this.ended = false;
      this.endEmitted = false;
      this.reading = false;
      this.sync = true;
      this.needReadable = false;
      this.emittedReadable = false;
      this.readableListening = false;
      this.resumeScheduled = false;
      this.destroyed = false;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.awaitDrain = 0;
      this.readingMore = false;
      this.decoder = null;
      this.encoding = null;
      if (options.encoding) {
        if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
        this.decoder = new StringDecoder(options.encoding);
        this.encoding = options.encoding;
      }
    }
    function Readable(options) {
      Duplex = Duplex || require_stream_duplex();
      if (!(this instanceof Readable)) return new Readable(options);
      this._readableState = new ReadableState(options, this);
      this.readable = true;
      if (options) {
        if (typeof options.read === "function") this._read = options.read;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
      }
      Stream.call(this);
    }
    Object.defineProperty(Readable.prototype, "destroyed", {
      get: function() {
        if (this._readableState === void 0) {
          return false;
        }
        return this._readableState.destroyed;
      },
      set: function(value) {
        if (!this._readableState) {
          return;
        }
        this._readableState.destroyed = value;
      }
    });
    Readable.prototype.destroy = destroyImpl.destroy;
    Readable.prototype._undestroy = destroyImpl.undestroy;
    Readable.prototype._destroy = function(err, cb) {
      this.push(null);
      cb(err);
    };
    Readable.prototype.push = function(chunk2, encoding) {
      var state = this._readableState;
      var skipChunkCheck;
      if (!state.objectMode) {
        if (typeof chunk2 === "string") {
          encoding = encoding || state.defaultEncoding;
          if (encoding !== state.encoding) {
            chunk2 = Buffer2.from(chunk2, encoding);
            encoding = "";
          }
          skipChunkCheck = true;
        }
      } else {
        skipChunkCheck = true;
      }
      return readableAddChunk(this, chunk2, encoding, false, skipChunkCheck);
    };
    Readable.prototype.unshift = function(chunk2) {
      return readableAddChunk(this, chunk2, null, true, false);
    };
    function readableAddChunk(stream, chunk2, encoding, addToFront, skipChunkCheck) {
      var state = stream._readableState;
      if (chunk2 === null) {
        state.reading = false;
        onEofChunk(stream, state);
      } else {
        var er;
        if (!skipChunkCheck) er = chunkInvalid(state, chunk2);
        if (er) {
          stream.emit("error", er);
        } else if (state.objectMode || chunk2 && chunk2.length > 0) {
          if (typeof chunk2 !== "string" && !state.objectMode && Object.getPrototypeOf(chunk2) !== Buffer2.prototype) {
            chunk2 = _uint8ArrayToBuffer(chunk2);
          }
          if (addToFront) {
            if (state.endEmitted) stream.emit("error", new Error("stream.unshift() after end event"));
            else addChunk(stream, state, chunk2, true);
          } else if (state.ended) {
            stream.emit("error", new Error("stream.push() after EOF"));
          } else {
            state.reading = false;
            if (state.decoder && !encoding) {
              chunk2 = state.decoder.write(chunk2);
              if (state.objectMode || chunk2.length !== 0) addChunk(stream, state, chunk2, false);
              else maybeReadMore(stream, state);
            } else {
              addChunk(stream, state, chunk2, false);
            }
          }
        } else if (!addToFront) {
          state.reading = false;
        }
      }
      return needMoreData(state);
    }
    function addChunk(stream, state, chunk2, addToFront) {
      if (state.flowing && state.length === 0 && !state.sync) {
        stream.emit("data", chunk2);
        stream.read(0);
      } else {
        state.length += state.objectMode ? 1 : chunk2.length;
        if (addToFront) state.buffer.unshift(chunk2);
        else state.buffer.push(chunk2);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk2) {
      var er;
      if (!_isUint8Array(chunk2) && typeof chunk2 !== "string" && chunk2 !== void 0 && !state.objectMode) {
        er = new TypeError("Invalid non-string/buffer chunk");
      }
      return er;
    }
    function needMoreData(state) {
      return !state.ended && (state.needReadable || state.length < state.highWaterMark || state.length === 0);
    }
    Readable.prototype.isPaused = function() {
      return this._readableState.flowing === false;
    };
    Readable.prototype.setEncoding = function(enc) {
      if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
      this._readableState.decoder = new StringDecoder(enc);
      this._readableState.encoding = enc;
      return this;
    };
    var MAX_HWM = 8388608;
    function computeNewHighWaterMark(n) {
      if (n >= MAX_HWM) {
        n = MAX_HWM;
      } else {
        n--;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        n++;
      }
      return n;
    }
    function howMuchToRead(n, state) {
      if (n <= 0 || state.length === 0 && state.ended) return 0;
      if (state.objectMode) return 1;
      if (n !== n) {
        if (state.flowing && state.length) return state.buffer.head.data.length;
        else return state.length;
      }
      if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
      if (n <= state.length) return n;
      if (!state.ended) {
        state.needReadable = true;
        return 0;
      }
      return state.length;
    }
    Readable.prototype.read = function(n) {
      debug("read", n);
      n = parseInt(n, 10);
      var state = this._readableState;
      var nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && (state.length >= state.highWaterMark || state.ended)) {
        debug("read: emitReadable", state.length, state.ended);
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      var doRead = state.needReadable;
      debug("need readable", doRead);
      if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
        debug("length less than watermark", doRead);
      }
      if (state.ended || state.reading) {
        doRead = false;
        debug("reading or ended", doRead);
      } else if (doRead) {
        debug("do read");
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        this._read(state.highWaterMark);
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      var ret;
      if (n > 0) ret = fromList(n, state);
      else ret = null;
      if (ret === null) {
        state.needReadable = true;
        n = 0;
      } else {
        state.length -= n;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null) this.emit("data", ret);
      return ret;
    };
    function onEofChunk(stream, state) {
      if (state.ended) return;
      if (state.decoder) {
        var chunk2 = state.decoder.end();
        if (chunk2 && chunk2.length) {
          state.buffer.push(chunk2);
          state.length += state.objectMode ? 1 : chunk2.length;
        }
      }
      state.ended = true;
      emitReadable(stream);
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      state.needReadable = false;
      if (!state.emittedReadable) {
        debug("emitReadable", state.flowing);
        state.emittedReadable = true;
        if (state.sync) pna.nextTick(emitReadable_, stream);
        else emitReadable_(stream);
      }
    }
    function emitReadable_(stream) {
      debug("emit readable");
      stream.emit("readable");
      flow(stream);
    }
    function maybeReadMore(stream, state) {
      if (!state.readingMore) {
        state.readingMore = true;
        pna.nextTick(maybeReadMore_, stream, state);
      }
    }
    function maybeReadMore_(stream, state) {
      var len = state.length;
      while (!state.reading && !state.flowing && !state.ended && state.length < state.highWaterMark) {
        debug("maybeReadMore read 0");
        stream.read(0);
        if (len === state.length)
          break;
        else len = state.length;
      }
      state.readingMore = false;
    }
    Readable.prototype._read = function(n) {
      this.emit("error", new Error("_read() is not implemented"));
    };
    Readable.prototype.pipe = function(dest, pipeOpts) {
      var src = this;
      var state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1;
      debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
      var endFn = doEnd ? onend : unpipe;
      if (state.endEmitted) pna.nextTick(endFn);
      else src.once("end", endFn);
      dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe");
        if (readable === src) {
          if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
          }
        }
      }
      function onend() {
        debug("onend");
        dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = false;
      function cleanup() {
        debug("cleanup");
        dest.removeListener("close", onclose);
        dest.removeListener("finish", onfinish);
        dest.removeListener("drain", ondrain);
        dest.removeListener("error", onerror);
        dest.removeListener("unpipe", onunpipe);
        src.removeListener("end", onend);
        src.removeListener("end", unpipe);
        src.removeListener("data", ondata);
        cleanedUp = true;
        if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
      }
      var increasedAwaitDrain = false;
      src.on("data", ondata);
      function ondata(chunk2) {
        debug("ondata");
        increasedAwaitDrain = false;
        var ret = dest.write(chunk2);
        if (false === ret && !increasedAwaitDrain) {
          if ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp) {
            debug("false write response, pause", state.awaitDrain);
            state.awaitDrain++;
            increasedAwaitDrain = true;
          }
          src.pause();
        }
      }
      function onerror(er) {
        debug("onerror", er);
        unpipe();
        dest.removeListener("error", onerror);
        if (EElistenerCount(dest, "error") === 0) dest.emit("error", er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish);
        unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish");
        dest.removeListener("close", onclose);
        unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe");
        src.unpipe(dest);
      }
      dest.emit("pipe", src);
      if (!state.flowing) {
        debug("pipe resume");
        src.resume();
      }
      return dest;
    };
    function pipeOnDrain(src) {
      return function() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain);
        if (state.awaitDrain) state.awaitDrain--;
        if (state.awaitDrain === 0 && EElistenerCount(src, "data")) {
          state.flowing = true;
          flow(src);
        }
      };
    }
    Readable.prototype.unpipe = function(dest) {
      var state = this._readableState;
      var unpipeInfo = { hasUnpiped: false };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1) {
        if (dest && dest !== state.pipes) return this;
        if (!dest) dest = state.pipes;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        if (dest) dest.emit("unpipe", this, unpipeInfo);
        return this;
      }
      if (!dest) {
        var dests = state.pipes;
        var len = state.pipesCount;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        for (var i = 0; i < len; i++) {
          dests[i].emit("unpipe", this, { hasUnpiped: false });
        }
        return this;
      }
      var index = indexOf(state.pipes, dest);
      if (index === -1) return this;
      state.pipes.splice(index, 1);
      state.pipesCount -= 1;
      if (state.pipesCount === 1) state.pipes = state.pipes[0];
      dest.emit("unpipe", this, unpipeInfo);
      return this;
    };
    Readable.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn);
      if (ev === "data") {
        if (this._readableState.flowing !== false) this.resume();
      } else if (ev === "readable") {
        var state = this._readableState;
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.emittedReadable = false;
          if (!state.reading) {
            pna.nextTick(nReadingNextTick, this);
          } else if (state.length) {
            emitReadable(this);
          }
        }
      }
      return res;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0");
      self2.read(0);
    }
    Readable.prototype.resume = function() {
      var state = this._readableState;
      if (!state.flowing) {
        debug("resume");
        state.flowing = true;
        resume(this, state);
      }
      return this;
    };
    function resume(stream, state) {
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        pna.nextTick(resume_, stream, state);
      }
    }
    function resume_(stream, state) {
      if (!state.reading) {
        debug("resume read 0");
        stream.read(0);
      }
      state.resumeScheduled = false;
      state.awaitDrain = 0;
      stream.emit("resume");
      flow(stream);
      if (state.flowing && !state.reading) stream.read(0);
    }
    Readable.prototype.pause = function() {
      debug("call pause flowing=%j", this._readableState.flowing);
      if (false !== this._readableState.flowing) {
        debug("pause");
        this._readableState.flowing = false;
        this.emit("pause");
      }
      return this;
    };
    function flow(stream) {
      var state = stream._readableState;
      debug("flow", state.flowing);
      while (state.flowing && stream.read() !== null) {
      }
    }
    Readable.prototype.wrap = function(stream) {
      var _this = this;
      var state = this._readableState;
      var paused = false;
      stream.on("end", function() {
        debug("wrapped end");
        if (state.decoder && !state.ended) {
          var chunk2 = state.decoder.end();
          if (chunk2 && chunk2.length) _this.push(chunk2);
        }
        _this.push(null);
      });
      stream.on("data", function(chunk2) {
        debug("wrapped data");
        if (state.decoder) chunk2 = state.decoder.write(chunk2);
        if (state.objectMode && (chunk2 === null || chunk2 === void 0)) return;
        else if (!state.objectMode && (!chunk2 || !chunk2.length)) return;
        var ret = _this.push(chunk2);
        if (!ret) {
          paused = true;
          stream.pause();
        }
      });
      for (var i in stream) {
        if (this[i] === void 0 && typeof stream[i] === "function") {
          this[i] = /* @__PURE__ */ (function(method) {
            return function() {
              return stream[method].apply(stream, arguments);
            };
          })(i);
        }
      }
      for (var n = 0; n < kProxyEvents.length; n++) {
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      }
      this._read = function(n2) {
        debug("wrapped _read", n2);
        if (paused) {
          paused = false;
          stream.resume();
        }
      };
      return this;
    };
    Object.defineProperty(Readable.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._readableState.highWaterMark;
      }
    });
    Readable._fromList = fromList;
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      if (state.objectMode) ret = state.buffer.shift();
      else if (!n || n >= state.length) {
        if (state.decoder) ret = state.buffer.join("");
        else if (state.buffer.length === 1) ret = state.buffer.head.data;
        else ret = state.buffer.concat(state.length);
        state.buffer.clear();
      } else {
        ret = fromListPartial(n, state.buffer, state.decoder);
      }
      return ret;
    }
    function fromListPartial(n, list2, hasStrings) {
      var ret;
      if (n < list2.head.data.length) {
        ret = list2.head.data.slice(0, n);
        list2.head.data = list2.head.data.slice(n);
      } else if (n === list2.head.data.length) {
        ret = list2.shift();
      } else {
        ret = hasStrings ? copyFromBufferString(n, list2) : copyFromBuffer(n, list2);
      }
      return ret;
    }
    function copyFromBufferString(n, list2) {
      var p = list2.head;
      var c = 1;
      var ret = p.data;
      n -= ret.length;
      while (p = p.next) {
        var str = p.data;
        var nb = n > str.length ? str.length : n;
        if (nb === str.length) ret += str;
        else ret += str.slice(0, n);
        n -= nb;
        if (n === 0) {
          if (nb === str.length) {
            ++c;
            if (p.next) list2.head = p.next;
            else list2.head = list2.tail = null;
          } else {
            list2.head = p;
            p.data = str.slice(nb);
          }
          break;
        }
        ++c;
      }
      list2.length -= c;
      return ret;
    }
    function copyFromBuffer(n, list2) {
      var ret = Buffer2.allocUnsafe(n);
      var p = list2.head;
      var c = 1;
      p.data.copy(ret);
      n -= p.data.length;
      while (p = p.next) {
        var buf = p.data;
        var nb = n > buf.length ? buf.length : n;
        buf.copy(ret, ret.length - n, 0, nb);
        n -= nb;
        if (n === 0) {
          if (nb === buf.length) {
            ++c;
            if (p.next) list2.head = p.next;
            else list2.head = list2.tail = null;
          } else {
            list2.head = p;
            p.data = buf.slice(nb);
          }
          break;
        }
        ++c;
      }
      list2.length -= c;
      return ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      if (state.length > 0) throw new Error('"endReadable()" called on non-empty stream');
      if (!state.endEmitted) {
        state.ended = true;
        pna.nextTick(endReadableNT, state, stream);
      }
    }
    function endReadableNT(state, stream) {
      if (!state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.readable = false;
        stream.emit("end");
      }
    }
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) return i;
      }
      return -1;
    }
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform;
    var Duplex = require_stream_duplex();
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    util.inherits(Transform, Duplex);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = false;
      var cb = ts.writecb;
      if (!cb) {
        return this.emit("error", new Error("write callback called multiple times"));
      }
      ts.writechunk = null;
      ts.writecb = null;
      if (data != null)
        this.push(data);
      cb(er);
      var rs = this._readableState;
      rs.reading = false;
      if (rs.needReadable || rs.length < rs.highWaterMark) {
        this._read(rs.highWaterMark);
      }
    }
    function Transform(options) {
      if (!(this instanceof Transform)) return new Transform(options);
      Duplex.call(this, options);
      this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: false,
        transforming: false,
        writecb: null,
        writechunk: null,
        writeencoding: null
      };
      this._readableState.needReadable = true;
      this._readableState.sync = false;
      if (options) {
        if (typeof options.transform === "function") this._transform = options.transform;
        if (typeof options.flush === "function") this._flush = options.flush;
      }
      this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      if (typeof this._flush === "function") {
        this._flush(function(er, data) {
          done(_this, er, data);
        });
      } else {
        done(this, null, null);
      }
    }
    Transform.prototype.push = function(chunk2, encoding) {
      this._transformState.needTransform = false;
      return Duplex.prototype.push.call(this, chunk2, encoding);
    };
    Transform.prototype._transform = function(chunk2, encoding, cb) {
      throw new Error("_transform() is not implemented");
    };
    Transform.prototype._write = function(chunk2, encoding, cb) {
      var ts = this._transformState;
      ts.writecb = cb;
      ts.writechunk = chunk2;
      ts.writeencoding = encoding;
      if (!ts.transforming) {
        var rs = this._readableState;
        if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
      }
    };
    Transform.prototype._read = function(n) {
      var ts = this._transformState;
      if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
        ts.transforming = true;
        this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
      } else {
        ts.needTransform = true;
      }
    };
    Transform.prototype._destroy = function(err, cb) {
      var _this2 = this;
      Duplex.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
        _this2.emit("close");
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null)
        stream.push(data);
      if (stream._writableState.length) throw new Error("Calling transform done when ws.length != 0");
      if (stream._transformState.transforming) throw new Error("Calling transform done when still transforming");
      return stream.push(null);
    }
  }
});

// node_modules/jszip/node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough;
    var Transform = require_stream_transform();
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    util.inherits(PassThrough, Transform);
    function PassThrough(options) {
      if (!(this instanceof PassThrough)) return new PassThrough(options);
      Transform.call(this, options);
    }
    PassThrough.prototype._transform = function(chunk2, encoding, cb) {
      cb(null, chunk2);
    };
  }
});

// node_modules/jszip/node_modules/readable-stream/readable.js
var require_readable = __commonJS({
  "node_modules/jszip/node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    if (process.env.READABLE_STREAM === "disable" && Stream) {
      module.exports = Stream;
      exports = module.exports = Stream.Readable;
      exports.Readable = Stream.Readable;
      exports.Writable = Stream.Writable;
      exports.Duplex = Stream.Duplex;
      exports.Transform = Stream.Transform;
      exports.PassThrough = Stream.PassThrough;
      exports.Stream = Stream;
    } else {
      exports = module.exports = require_stream_readable();
      exports.Stream = Stream || exports;
      exports.Readable = exports;
      exports.Writable = require_stream_writable();
      exports.Duplex = require_stream_duplex();
      exports.Transform = require_stream_transform();
      exports.PassThrough = require_stream_passthrough();
    }
  }
});

// node_modules/jszip/lib/support.js
var require_support = __commonJS({
  "node_modules/jszip/lib/support.js"(exports) {
    "use strict";
    exports.base64 = true;
    exports.array = true;
    exports.string = true;
    exports.arraybuffer = typeof ArrayBuffer !== "undefined" && typeof Uint8Array !== "undefined";
    exports.nodebuffer = typeof Buffer !== "undefined";
    exports.uint8array = typeof Uint8Array !== "undefined";
    if (typeof ArrayBuffer === "undefined") {
      exports.blob = false;
    } else {
      buffer = new ArrayBuffer(0);
      try {
        exports.blob = new Blob([buffer], {
          type: "application/zip"
        }).size === 0;
      } catch (e) {
        try {
          Builder = self.BlobBuilder || self.WebKitBlobBuilder || self.MozBlobBuilder || self.MSBlobBuilder;
          builder = new Builder();
          builder.append(buffer);
          exports.blob = builder.getBlob("application/zip").size === 0;
        } catch (e2) {
          exports.blob = false;
        }
      }
    }
    var buffer;
    var Builder;
    var builder;
    try {
      exports.nodestream = !!require_readable().Readable;
    } catch (e) {
      exports.nodestream = false;
    }
  }
});

// node_modules/jszip/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/jszip/lib/base64.js"(exports) {
    "use strict";
    var utils = require_utils();
    var support = require_support();
    var _keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    exports.encode = function(input) {
      var output = [];
      var chr1, chr2, chr3, enc1, enc2, enc3, enc4;
      var i = 0, len = input.length, remainingBytes = len;
      var isArray = utils.getTypeOf(input) !== "string";
      while (i < input.length) {
        remainingBytes = len - i;
        if (!isArray) {
          chr1 = input.charCodeAt(i++);
          chr2 = i < len ? input.charCodeAt(i++) : 0;
          chr3 = i < len ? input.charCodeAt(i++) : 0;
        } else {
          chr1 = input[i++];
          chr2 = i < len ? input[i++] : 0;
          chr3 = i < len ? input[i++] : 0;
        }
        enc1 = chr1 >> 2;
        enc2 = (chr1 & 3) << 4 | chr2 >> 4;
        enc3 = remainingBytes > 1 ? (chr2 & 15) << 2 | chr3 >> 6 : 64;
        enc4 = remainingBytes > 2 ? chr3 & 63 : 64;
        output.push(_keyStr.charAt(enc1) + _keyStr.charAt(enc2) + _keyStr.charAt(enc3) + _keyStr.charAt(enc4));
      }
      return output.join("");
    };
    exports.decode = function(input) {
      var chr1, chr2, chr3;
      var enc1, enc2, enc3, enc4;
      var i = 0, resultIndex = 0;
      var dataUrlPrefix = "data:";
      if (input.substr(0, dataUrlPrefix.length) === dataUrlPrefix) {
        throw new Error("Invalid base64 input, it looks like a data url.");
      }
      input = input.replace(/[^A-Za-z0-9+/=]/g, "");
      var totalLength = input.length * 3 / 4;
      if (input.charAt(input.length - 1) === _keyStr.charAt(64)) {
        totalLength--;
      }
      if (input.charAt(input.length - 2) === _keyStr.charAt(64)) {
        totalLength--;
      }
      if (totalLength % 1 !== 0) {
        throw new Error("Invalid base64 input, bad content length.");
      }
      var output;
      if (support.uint8array) {
        output = new Uint8Array(totalLength | 0);
      } else {
        output = new Array(totalLength | 0);
      }
      while (i < input.length) {
        enc1 = _keyStr.indexOf(input.charAt(i++));
        enc2 = _keyStr.indexOf(input.charAt(i++));
        enc3 = _keyStr.indexOf(input.charAt(i++));
        enc4 = _keyStr.indexOf(input.charAt(i++));
        chr1 = enc1 << 2 | enc2 >> 4;
        chr2 = (enc2 & 15) << 4 | enc3 >> 2;
        chr3 = (enc3 & 3) << 6 | enc4;
        output[resultIndex++] = chr1;
        if (enc3 !== 64) {
          output[resultIndex++] = chr2;
        }
        if (enc4 !== 64) {
          output[resultIndex++] = chr3;
        }
      }
      return output;
    };
  }
});

// node_modules/jszip/lib/nodejsUtils.js
var require_nodejsUtils = __commonJS({
  "node_modules/jszip/lib/nodejsUtils.js"(exports, module) {
    "use strict";
    module.exports = {
      /**
       * True if this is running in Nodejs, will be undefined in a browser.
       * In a browser, browserify won't include this file and the whole module
       * will be resolved an empty object.
       */
      isNode: typeof Buffer !== "undefined",
      /**
       * Create a new nodejs Buffer from an existing content.
       * @param {Object} data the data to pass to the constructor.
       * @param {String} encoding the encoding to use.
       * @return {Buffer} a new Buffer.
       */
      newBufferFrom: function(data, encoding) {
        if (Buffer.from && Buffer.from !== Uint8Array.from) {
          return Buffer.from(data, encoding);
        } else {
          if (typeof data === "number") {
            throw new Error('The "data" argument must not be a number');
          }
          return new Buffer(data, encoding);
        }
      },
      /**
       * Create a new nodejs Buffer with the specified size.
       * @param {Integer} size the size of the buffer.
       * @return {Buffer} a new Buffer.
       */
      allocBuffer: function(size2) {
        if (Buffer.alloc) {
          return Buffer.alloc(size2);
        } else {
          var buf = new Buffer(size2);
          buf.fill(0);
          return buf;
        }
      },
      /**
       * Find out if an object is a Buffer.
       * @param {Object} b the object to test.
       * @return {Boolean} true if the object is a Buffer, false otherwise.
       */
      isBuffer: function(b) {
        return Buffer.isBuffer(b);
      },
      isStream: function(obj) {
        return obj && typeof obj.on === "function" && typeof obj.pause === "function" && typeof obj.resume === "function";
      }
    };
  }
});

// node_modules/immediate/lib/index.js
var require_lib = __commonJS({
  "node_modules/immediate/lib/index.js"(exports, module) {
    "use strict";
    var Mutation = global.MutationObserver || global.WebKitMutationObserver;
    var scheduleDrain;
    if (process.browser) {
      if (Mutation) {
        called = 0;
        observer = new Mutation(nextTick);
        element = global.document.createTextNode("");
        observer.observe(element, {
          characterData: true
        });
        scheduleDrain = function() {
          element.data = called = ++called % 2;
        };
      } else if (!global.setImmediate && typeof global.MessageChannel !== "undefined") {
        channel = new global.MessageChannel();
        channel.port1.onmessage = nextTick;
        scheduleDrain = function() {
          channel.port2.postMessage(0);
        };
      } else if ("document" in global && "onreadystatechange" in global.document.createElement("script")) {
        scheduleDrain = function() {
          var scriptEl = global.document.createElement("script");
          scriptEl.onreadystatechange = function() {
            nextTick();
            scriptEl.onreadystatechange = null;
            scriptEl.parentNode.removeChild(scriptEl);
            scriptEl = null;
          };
          global.document.documentElement.appendChild(scriptEl);
        };
      } else {
        scheduleDrain = function() {
          setTimeout(nextTick, 0);
        };
      }
    } else {
      scheduleDrain = function() {
        process.nextTick(nextTick);
      };
    }
    var called;
    var observer;
    var element;
    var channel;
    var draining;
    var queue = [];
    function nextTick() {
      draining = true;
      var i, oldQueue;
      var len = queue.length;
      while (len) {
        oldQueue = queue;
        queue = [];
        i = -1;
        while (++i < len) {
          oldQueue[i]();
        }
        len = queue.length;
      }
      draining = false;
    }
    module.exports = immediate;
    function immediate(task) {
      if (queue.push(task) === 1 && !draining) {
        scheduleDrain();
      }
    }
  }
});

// node_modules/lie/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/lie/lib/index.js"(exports, module) {
    "use strict";
    var immediate = require_lib();
    function INTERNAL() {
    }
    var handlers = {};
    var REJECTED = ["REJECTED"];
    var FULFILLED = ["FULFILLED"];
    var PENDING = ["PENDING"];
    if (!process.browser) {
      UNHANDLED = ["UNHANDLED"];
    }
    var UNHANDLED;
    module.exports = Promise2;
    function Promise2(resolver) {
      if (typeof resolver !== "function") {
        throw new TypeError("resolver must be a function");
      }
      this.state = PENDING;
      this.queue = [];
      this.outcome = void 0;
      if (!process.browser) {
        this.handled = UNHANDLED;
      }
      if (resolver !== INTERNAL) {
        safelyResolveThenable(this, resolver);
      }
    }
    Promise2.prototype.finally = function(callback) {
      if (typeof callback !== "function") {
        return this;
      }
      var p = this.constructor;
      return this.then(resolve2, reject2);
      function resolve2(value) {
        function yes() {
          return value;
        }
        return p.resolve(callback()).then(yes);
      }
      function reject2(reason) {
        function no() {
          throw reason;
        }
        return p.resolve(callback()).then(no);
      }
    };
    Promise2.prototype.catch = function(onRejected) {
      return this.then(null, onRejected);
    };
    Promise2.prototype.then = function(onFulfilled, onRejected) {
      if (typeof onFulfilled !== "function" && this.state === FULFILLED || typeof onRejected !== "function" && this.state === REJECTED) {
        return this;
      }
      var promise = new this.constructor(INTERNAL);
      if (!process.browser) {
        if (this.handled === UNHANDLED) {
          this.handled = null;
        }
      }
      if (this.state !== PENDING) {
        var resolver = this.state === FULFILLED ? onFulfilled : onRejected;
        unwrap(promise, resolver, this.outcome);
      } else {
        this.queue.push(new QueueItem(promise, onFulfilled, onRejected));
      }
      return promise;
    };
    function QueueItem(promise, onFulfilled, onRejected) {
      this.promise = promise;
      if (typeof onFulfilled === "function") {
        this.onFulfilled = onFulfilled;
        this.callFulfilled = this.otherCallFulfilled;
      }
      if (typeof onRejected === "function") {
        this.onRejected = onRejected;
        this.callRejected = this.otherCallRejected;
      }
    }
    QueueItem.prototype.callFulfilled = function(value) {
      handlers.resolve(this.promise, value);
    };
    QueueItem.prototype.otherCallFulfilled = function(value) {
      unwrap(this.promise, this.onFulfilled, value);
    };
    QueueItem.prototype.callRejected = function(value) {
      handlers.reject(this.promise, value);
    };
    QueueItem.prototype.otherCallRejected = function(value) {
      unwrap(this.promise, this.onRejected, value);
    };
    function unwrap(promise, func, value) {
      immediate(function() {
        var returnValue;
        try {
          returnValue = func(value);
        } catch (e) {
          return handlers.reject(promise, e);
        }
        if (returnValue === promise) {
          handlers.reject(promise, new TypeError("Cannot resolve promise with itself"));
        } else {
          handlers.resolve(promise, returnValue);
        }
      });
    }
    handlers.resolve = function(self2, value) {
      var result2 = tryCatch(getThen, value);
      if (result2.status === "error") {
        return handlers.reject(self2, result2.value);
      }
      var thenable = result2.value;
      if (thenable) {
        safelyResolveThenable(self2, thenable);
      } else {
        self2.state = FULFILLED;
        self2.outcome = value;
        var i = -1;
        var len = self2.queue.length;
        while (++i < len) {
          self2.queue[i].callFulfilled(value);
        }
      }
      return self2;
    };
    handlers.reject = function(self2, error) {
      self2.state = REJECTED;
      self2.outcome = error;
      if (!process.browser) {
        if (self2.handled === UNHANDLED) {
          immediate(function() {
            if (self2.handled === UNHANDLED) {
              process.emit("unhandledRejection", error, self2);
            }
          });
        }
      }
      var i = -1;
      var len = self2.queue.length;
      while (++i < len) {
        self2.queue[i].callRejected(error);
      }
      return self2;
    };
    function getThen(obj) {
      var then = obj && obj.then;
      if (obj && (typeof obj === "object" || typeof obj === "function") && typeof then === "function") {
        return function appyThen() {
          then.apply(obj, arguments);
        };
      }
    }
    function safelyResolveThenable(self2, thenable) {
      var called = false;
      function onError(value) {
        if (called) {
          return;
        }
        called = true;
        handlers.reject(self2, value);
      }
      function onSuccess(value) {
        if (called) {
          return;
        }
        called = true;
        handlers.resolve(self2, value);
      }
      function tryToUnwrap() {
        thenable(onSuccess, onError);
      }
      var result2 = tryCatch(tryToUnwrap);
      if (result2.status === "error") {
        onError(result2.value);
      }
    }
    function tryCatch(func, value) {
      var out = {};
      try {
        out.value = func(value);
        out.status = "success";
      } catch (e) {
        out.status = "error";
        out.value = e;
      }
      return out;
    }
    Promise2.resolve = resolve;
    function resolve(value) {
      if (value instanceof this) {
        return value;
      }
      return handlers.resolve(new this(INTERNAL), value);
    }
    Promise2.reject = reject;
    function reject(reason) {
      var promise = new this(INTERNAL);
      return handlers.reject(promise, reason);
    }
    Promise2.all = all;
    function all(iterable) {
      var self2 = this;
      if (Object.prototype.toString.call(iterable) !== "[object Array]") {
        return this.reject(new TypeError("must be an array"));
      }
      var len = iterable.length;
      var called = false;
      if (!len) {
        return this.resolve([]);
      }
      var values = new Array(len);
      var resolved = 0;
      var i = -1;
      var promise = new this(INTERNAL);
      while (++i < len) {
        allResolver(iterable[i], i);
      }
      return promise;
      function allResolver(value, i2) {
        self2.resolve(value).then(resolveFromAll, function(error) {
          if (!called) {
            called = true;
            handlers.reject(promise, error);
          }
        });
        function resolveFromAll(outValue) {
          values[i2] = outValue;
          if (++resolved === len && !called) {
            called = true;
            handlers.resolve(promise, values);
          }
        }
      }
    }
    Promise2.race = race;
    function race(iterable) {
      var self2 = this;
      if (Object.prototype.toString.call(iterable) !== "[object Array]") {
        return this.reject(new TypeError("must be an array"));
      }
      var len = iterable.length;
      var called = false;
      if (!len) {
        return this.resolve([]);
      }
      var i = -1;
      var promise = new this(INTERNAL);
      while (++i < len) {
        resolver(iterable[i]);
      }
      return promise;
      function resolver(value) {
        self2.resolve(value).then(function(response) {
          if (!called) {
            called = true;
            handlers.resolve(promise, response);
          }
        }, function(error) {
          if (!called) {
            called = true;
            handlers.reject(promise, error);
          }
        });
      }
    }
  }
});

// node_modules/jszip/lib/external.js
var require_external = __commonJS({
  "node_modules/jszip/lib/external.js"(exports, module) {
    "use strict";
    var ES6Promise = null;
    if (typeof Promise !== "undefined") {
      ES6Promise = Promise;
    } else {
      ES6Promise = require_lib2();
    }
    module.exports = {
      Promise: ES6Promise
    };
  }
});

// node_modules/setimmediate/setImmediate.js
var require_setImmediate = __commonJS({
  "node_modules/setimmediate/setImmediate.js"(exports) {
    (function(global2, undefined2) {
      "use strict";
      if (global2.setImmediate) {
        return;
      }
      var nextHandle = 1;
      var tasksByHandle = {};
      var currentlyRunningATask = false;
      var doc = global2.document;
      var registerImmediate;
      function setImmediate2(callback) {
        if (typeof callback !== "function") {
          callback = new Function("" + callback);
        }
        var args = new Array(arguments.length - 1);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i + 1];
        }
        var task = { callback, args };
        tasksByHandle[nextHandle] = task;
        registerImmediate(nextHandle);
        return nextHandle++;
      }
      function clearImmediate(handle) {
        delete tasksByHandle[handle];
      }
      function run2(task) {
        var callback = task.callback;
        var args = task.args;
        switch (args.length) {
          case 0:
            callback();
            break;
          case 1:
            callback(args[0]);
            break;
          case 2:
            callback(args[0], args[1]);
            break;
          case 3:
            callback(args[0], args[1], args[2]);
            break;
          default:
            callback.apply(undefined2, args);
            break;
        }
      }
      function runIfPresent(handle) {
        if (currentlyRunningATask) {
          setTimeout(runIfPresent, 0, handle);
        } else {
          var task = tasksByHandle[handle];
          if (task) {
            currentlyRunningATask = true;
            try {
              run2(task);
            } finally {
              clearImmediate(handle);
              currentlyRunningATask = false;
            }
          }
        }
      }
      function installNextTickImplementation() {
        registerImmediate = function(handle) {
          process.nextTick(function() {
            runIfPresent(handle);
          });
        };
      }
      function canUsePostMessage() {
        if (global2.postMessage && !global2.importScripts) {
          var postMessageIsAsynchronous = true;
          var oldOnMessage = global2.onmessage;
          global2.onmessage = function() {
            postMessageIsAsynchronous = false;
          };
          global2.postMessage("", "*");
          global2.onmessage = oldOnMessage;
          return postMessageIsAsynchronous;
        }
      }
      function installPostMessageImplementation() {
        var messagePrefix = "setImmediate$" + Math.random() + "$";
        var onGlobalMessage = function(event) {
          if (event.source === global2 && typeof event.data === "string" && event.data.indexOf(messagePrefix) === 0) {
            runIfPresent(+event.data.slice(messagePrefix.length));
          }
        };
        if (global2.addEventListener) {
          global2.addEventListener("message", onGlobalMessage, false);
        } else {
          global2.attachEvent("onmessage", onGlobalMessage);
        }
        registerImmediate = function(handle) {
          global2.postMessage(messagePrefix + handle, "*");
        };
      }
      function installMessageChannelImplementation() {
        var channel = new MessageChannel();
        channel.port1.onmessage = function(event) {
          var handle = event.data;
          runIfPresent(handle);
        };
        registerImmediate = function(handle) {
          channel.port2.postMessage(handle);
        };
      }
      function installReadyStateChangeImplementation() {
        var html = doc.documentElement;
        registerImmediate = function(handle) {
          var script = doc.createElement("script");
          script.onreadystatechange = function() {
            runIfPresent(handle);
            script.onreadystatechange = null;
            html.removeChild(script);
            script = null;
          };
          html.appendChild(script);
        };
      }
      function installSetTimeoutImplementation() {
        registerImmediate = function(handle) {
          setTimeout(runIfPresent, 0, handle);
        };
      }
      var attachTo = Object.getPrototypeOf && Object.getPrototypeOf(global2);
      attachTo = attachTo && attachTo.setTimeout ? attachTo : global2;
      if ({}.toString.call(global2.process) === "[object process]") {
        installNextTickImplementation();
      } else if (canUsePostMessage()) {
        installPostMessageImplementation();
      } else if (global2.MessageChannel) {
        installMessageChannelImplementation();
      } else if (doc && "onreadystatechange" in doc.createElement("script")) {
        installReadyStateChangeImplementation();
      } else {
        installSetTimeoutImplementation();
      }
      attachTo.setImmediate = setImmediate2;
      attachTo.clearImmediate = clearImmediate;
    })(typeof self === "undefined" ? typeof global === "undefined" ? exports : global : self);
  }
});

// node_modules/jszip/lib/utils.js
var require_utils = __commonJS({
  "node_modules/jszip/lib/utils.js"(exports) {
    "use strict";
    var support = require_support();
    var base64 = require_base64();
    var nodejsUtils = require_nodejsUtils();
    var external = require_external();
    require_setImmediate();
    function string2binary(str) {
      var result2 = null;
      if (support.uint8array) {
        result2 = new Uint8Array(str.length);
      } else {
        result2 = new Array(str.length);
      }
      return stringToArrayLike(str, result2);
    }
    exports.newBlob = function(part, type) {
      exports.checkSupport("blob");
      try {
        return new Blob([part], {
          type
        });
      } catch (e) {
        try {
          var Builder = self.BlobBuilder || self.WebKitBlobBuilder || self.MozBlobBuilder || self.MSBlobBuilder;
          var builder = new Builder();
          builder.append(part);
          return builder.getBlob(type);
        } catch (e2) {
          throw new Error("Bug : can't construct the Blob.");
        }
      }
    };
    function identity(input) {
      return input;
    }
    function stringToArrayLike(str, array) {
      for (var i = 0; i < str.length; ++i) {
        array[i] = str.charCodeAt(i) & 255;
      }
      return array;
    }
    var arrayToStringHelper = {
      /**
       * Transform an array of int into a string, chunk by chunk.
       * See the performances notes on arrayLikeToString.
       * @param {Array|ArrayBuffer|Uint8Array|Buffer} array the array to transform.
       * @param {String} type the type of the array.
       * @param {Integer} chunk the chunk size.
       * @return {String} the resulting string.
       * @throws Error if the chunk is too big for the stack.
       */
      stringifyByChunk: function(array, type, chunk2) {
        var result2 = [], k = 0, len = array.length;
        if (len <= chunk2) {
          return String.fromCharCode.apply(null, array);
        }
        while (k < len) {
          if (type === "array" || type === "nodebuffer") {
            result2.push(String.fromCharCode.apply(null, array.slice(k, Math.min(k + chunk2, len))));
          } else {
            result2.push(String.fromCharCode.apply(null, array.subarray(k, Math.min(k + chunk2, len))));
          }
          k += chunk2;
        }
        return result2.join("");
      },
      /**
       * Call String.fromCharCode on every item in the array.
       * This is the naive implementation, which generate A LOT of intermediate string.
       * This should be used when everything else fail.
       * @param {Array|ArrayBuffer|Uint8Array|Buffer} array the array to transform.
       * @return {String} the result.
       */
      stringifyByChar: function(array) {
        var resultStr = "";
        for (var i = 0; i < array.length; i++) {
          resultStr += String.fromCharCode(array[i]);
        }
        return resultStr;
      },
      applyCanBeUsed: {
        /**
         * true if the browser accepts to use String.fromCharCode on Uint8Array
         */
        uint8array: (function() {
          try {
            return support.uint8array && String.fromCharCode.apply(null, new Uint8Array(1)).length === 1;
          } catch (e) {
            return false;
          }
        })(),
        /**
         * true if the browser accepts to use String.fromCharCode on nodejs Buffer.
         */
        nodebuffer: (function() {
          try {
            return support.nodebuffer && String.fromCharCode.apply(null, nodejsUtils.allocBuffer(1)).length === 1;
          } catch (e) {
            return false;
          }
        })()
      }
    };
    function arrayLikeToString(array) {
      var chunk2 = 65536, type = exports.getTypeOf(array), canUseApply = true;
      if (type === "uint8array") {
        canUseApply = arrayToStringHelper.applyCanBeUsed.uint8array;
      } else if (type === "nodebuffer") {
        canUseApply = arrayToStringHelper.applyCanBeUsed.nodebuffer;
      }
      if (canUseApply) {
        while (chunk2 > 1) {
          try {
            return arrayToStringHelper.stringifyByChunk(array, type, chunk2);
          } catch (e) {
            chunk2 = Math.floor(chunk2 / 2);
          }
        }
      }
      return arrayToStringHelper.stringifyByChar(array);
    }
    exports.applyFromCharCode = arrayLikeToString;
    function arrayLikeToArrayLike(arrayFrom, arrayTo) {
      for (var i = 0; i < arrayFrom.length; i++) {
        arrayTo[i] = arrayFrom[i];
      }
      return arrayTo;
    }
    var transform = {};
    transform["string"] = {
      "string": identity,
      "array": function(input) {
        return stringToArrayLike(input, new Array(input.length));
      },
      "arraybuffer": function(input) {
        return transform["string"]["uint8array"](input).buffer;
      },
      "uint8array": function(input) {
        return stringToArrayLike(input, new Uint8Array(input.length));
      },
      "nodebuffer": function(input) {
        return stringToArrayLike(input, nodejsUtils.allocBuffer(input.length));
      }
    };
    transform["array"] = {
      "string": arrayLikeToString,
      "array": identity,
      "arraybuffer": function(input) {
        return new Uint8Array(input).buffer;
      },
      "uint8array": function(input) {
        return new Uint8Array(input);
      },
      "nodebuffer": function(input) {
        return nodejsUtils.newBufferFrom(input);
      }
    };
    transform["arraybuffer"] = {
      "string": function(input) {
        return arrayLikeToString(new Uint8Array(input));
      },
      "array": function(input) {
        return arrayLikeToArrayLike(new Uint8Array(input), new Array(input.byteLength));
      },
      "arraybuffer": identity,
      "uint8array": function(input) {
        return new Uint8Array(input);
      },
      "nodebuffer": function(input) {
        return nodejsUtils.newBufferFrom(new Uint8Array(input));
      }
    };
    transform["uint8array"] = {
      "string": arrayLikeToString,
      "array": function(input) {
        return arrayLikeToArrayLike(input, new Array(input.length));
      },
      "arraybuffer": function(input) {
        return input.buffer;
      },
      "uint8array": identity,
      "nodebuffer": function(input) {
        return nodejsUtils.newBufferFrom(input);
      }
    };
    transform["nodebuffer"] = {
      "string": arrayLikeToString,
      "array": function(input) {
        return arrayLikeToArrayLike(input, new Array(input.length));
      },
      "arraybuffer": function(input) {
        return transform["nodebuffer"]["uint8array"](input).buffer;
      },
      "uint8array": function(input) {
        return arrayLikeToArrayLike(input, new Uint8Array(input.length));
      },
      "nodebuffer": identity
    };
    exports.transformTo = function(outputType, input) {
      if (!input) {
        input = "";
      }
      if (!outputType) {
        return input;
      }
      exports.checkSupport(outputType);
      var inputType = exports.getTypeOf(input);
      var result2 = transform[inputType][outputType](input);
      return result2;
    };
    exports.resolve = function(path21) {
      var parts = path21.split("/");
      var result2 = [];
      for (var index = 0; index < parts.length; index++) {
        var part = parts[index];
        if (part === "." || part === "" && index !== 0 && index !== parts.length - 1) {
          continue;
        } else if (part === "..") {
          result2.pop();
        } else {
          result2.push(part);
        }
      }
      return result2.join("/");
    };
    exports.getTypeOf = function(input) {
      if (typeof input === "string") {
        return "string";
      }
      if (Object.prototype.toString.call(input) === "[object Array]") {
        return "array";
      }
      if (support.nodebuffer && nodejsUtils.isBuffer(input)) {
        return "nodebuffer";
      }
      if (support.uint8array && input instanceof Uint8Array) {
        return "uint8array";
      }
      if (support.arraybuffer && input instanceof ArrayBuffer) {
        return "arraybuffer";
      }
    };
    exports.checkSupport = function(type) {
      var supported = support[type.toLowerCase()];
      if (!supported) {
        throw new Error(type + " is not supported by this platform");
      }
    };
    exports.MAX_VALUE_16BITS = 65535;
    exports.MAX_VALUE_32BITS = -1;
    exports.pretty = function(str) {
      var res = "", code, i;
      for (i = 0; i < (str || "").length; i++) {
        code = str.charCodeAt(i);
        res += "\\x" + (code < 16 ? "0" : "") + code.toString(16).toUpperCase();
      }
      return res;
    };
    exports.delay = function(callback, args, self2) {
      setImmediate(function() {
        callback.apply(self2 || null, args || []);
      });
    };
    exports.inherits = function(ctor, superCtor) {
      var Obj = function() {
      };
      Obj.prototype = superCtor.prototype;
      ctor.prototype = new Obj();
    };
    exports.extend = function() {
      var result2 = {}, i, attr;
      for (i = 0; i < arguments.length; i++) {
        for (attr in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], attr) && typeof result2[attr] === "undefined") {
            result2[attr] = arguments[i][attr];
          }
        }
      }
      return result2;
    };
    exports.prepareContent = function(name, inputData, isBinary2, isOptimizedBinaryString, isBase64) {
      var promise = external.Promise.resolve(inputData).then(function(data) {
        var isBlob = support.blob && (data instanceof Blob || ["[object File]", "[object Blob]"].indexOf(Object.prototype.toString.call(data)) !== -1);
        if (isBlob && typeof FileReader !== "undefined") {
          return new external.Promise(function(resolve, reject) {
            var reader = new FileReader();
            reader.onload = function(e) {
              resolve(e.target.result);
            };
            reader.onerror = function(e) {
              reject(e.target.error);
            };
            reader.readAsArrayBuffer(data);
          });
        } else {
          return data;
        }
      });
      return promise.then(function(data) {
        var dataType = exports.getTypeOf(data);
        if (!dataType) {
          return external.Promise.reject(
            new Error("Can't read the data of '" + name + "'. Is it in a supported JavaScript type (String, Blob, ArrayBuffer, etc) ?")
          );
        }
        if (dataType === "arraybuffer") {
          data = exports.transformTo("uint8array", data);
        } else if (dataType === "string") {
          if (isBase64) {
            data = base64.decode(data);
          } else if (isBinary2) {
            if (isOptimizedBinaryString !== true) {
              data = string2binary(data);
            }
          }
        }
        return data;
      });
    };
  }
});

// node_modules/jszip/lib/stream/GenericWorker.js
var require_GenericWorker = __commonJS({
  "node_modules/jszip/lib/stream/GenericWorker.js"(exports, module) {
    "use strict";
    function GenericWorker(name) {
      this.name = name || "default";
      this.streamInfo = {};
      this.generatedError = null;
      this.extraStreamInfo = {};
      this.isPaused = true;
      this.isFinished = false;
      this.isLocked = false;
      this._listeners = {
        "data": [],
        "end": [],
        "error": []
      };
      this.previous = null;
    }
    GenericWorker.prototype = {
      /**
       * Push a chunk to the next workers.
       * @param {Object} chunk the chunk to push
       */
      push: function(chunk2) {
        this.emit("data", chunk2);
      },
      /**
       * End the stream.
       * @return {Boolean} true if this call ended the worker, false otherwise.
       */
      end: function() {
        if (this.isFinished) {
          return false;
        }
        this.flush();
        try {
          this.emit("end");
          this.cleanUp();
          this.isFinished = true;
        } catch (e) {
          this.emit("error", e);
        }
        return true;
      },
      /**
       * End the stream with an error.
       * @param {Error} e the error which caused the premature end.
       * @return {Boolean} true if this call ended the worker with an error, false otherwise.
       */
      error: function(e) {
        if (this.isFinished) {
          return false;
        }
        if (this.isPaused) {
          this.generatedError = e;
        } else {
          this.isFinished = true;
          this.emit("error", e);
          if (this.previous) {
            this.previous.error(e);
          }
          this.cleanUp();
        }
        return true;
      },
      /**
       * Add a callback on an event.
       * @param {String} name the name of the event (data, end, error)
       * @param {Function} listener the function to call when the event is triggered
       * @return {GenericWorker} the current object for chainability
       */
      on: function(name, listener) {
        this._listeners[name].push(listener);
        return this;
      },
      /**
       * Clean any references when a worker is ending.
       */
      cleanUp: function() {
        this.streamInfo = this.generatedError = this.extraStreamInfo = null;
        this._listeners = [];
      },
      /**
       * Trigger an event. This will call registered callback with the provided arg.
       * @param {String} name the name of the event (data, end, error)
       * @param {Object} arg the argument to call the callback with.
       */
      emit: function(name, arg) {
        if (this._listeners[name]) {
          for (var i = 0; i < this._listeners[name].length; i++) {
            this._listeners[name][i].call(this, arg);
          }
        }
      },
      /**
       * Chain a worker with an other.
       * @param {Worker} next the worker receiving events from the current one.
       * @return {worker} the next worker for chainability
       */
      pipe: function(next) {
        return next.registerPrevious(this);
      },
      /**
       * Same as `pipe` in the other direction.
       * Using an API with `pipe(next)` is very easy.
       * Implementing the API with the point of view of the next one registering
       * a source is easier, see the ZipFileWorker.
       * @param {Worker} previous the previous worker, sending events to this one
       * @return {Worker} the current worker for chainability
       */
      registerPrevious: function(previous) {
        if (this.isLocked) {
          throw new Error("The stream '" + this + "' has already been used.");
        }
        this.streamInfo = previous.streamInfo;
        this.mergeStreamInfo();
        this.previous = previous;
        var self2 = this;
        previous.on("data", function(chunk2) {
          self2.processChunk(chunk2);
        });
        previous.on("end", function() {
          self2.end();
        });
        previous.on("error", function(e) {
          self2.error(e);
        });
        return this;
      },
      /**
       * Pause the stream so it doesn't send events anymore.
       * @return {Boolean} true if this call paused the worker, false otherwise.
       */
      pause: function() {
        if (this.isPaused || this.isFinished) {
          return false;
        }
        this.isPaused = true;
        if (this.previous) {
          this.previous.pause();
        }
        return true;
      },
      /**
       * Resume a paused stream.
       * @return {Boolean} true if this call resumed the worker, false otherwise.
       */
      resume: function() {
        if (!this.isPaused || this.isFinished) {
          return false;
        }
        this.isPaused = false;
        var withError = false;
        if (this.generatedError) {
          this.error(this.generatedError);
          withError = true;
        }
        if (this.previous) {
          this.previous.resume();
        }
        return !withError;
      },
      /**
       * Flush any remaining bytes as the stream is ending.
       */
      flush: function() {
      },
      /**
       * Process a chunk. This is usually the method overridden.
       * @param {Object} chunk the chunk to process.
       */
      processChunk: function(chunk2) {
        this.push(chunk2);
      },
      /**
       * Add a key/value to be added in the workers chain streamInfo once activated.
       * @param {String} key the key to use
       * @param {Object} value the associated value
       * @return {Worker} the current worker for chainability
       */
      withStreamInfo: function(key3, value) {
        this.extraStreamInfo[key3] = value;
        this.mergeStreamInfo();
        return this;
      },
      /**
       * Merge this worker's streamInfo into the chain's streamInfo.
       */
      mergeStreamInfo: function() {
        for (var key3 in this.extraStreamInfo) {
          if (!Object.prototype.hasOwnProperty.call(this.extraStreamInfo, key3)) {
            continue;
          }
          this.streamInfo[key3] = this.extraStreamInfo[key3];
        }
      },
      /**
       * Lock the stream to prevent further updates on the workers chain.
       * After calling this method, all calls to pipe will fail.
       */
      lock: function() {
        if (this.isLocked) {
          throw new Error("The stream '" + this + "' has already been used.");
        }
        this.isLocked = true;
        if (this.previous) {
          this.previous.lock();
        }
      },
      /**
       *
       * Pretty print the workers chain.
       */
      toString: function() {
        var me = "Worker " + this.name;
        if (this.previous) {
          return this.previous + " -> " + me;
        } else {
          return me;
        }
      }
    };
    module.exports = GenericWorker;
  }
});

// node_modules/jszip/lib/utf8.js
var require_utf8 = __commonJS({
  "node_modules/jszip/lib/utf8.js"(exports) {
    "use strict";
    var utils = require_utils();
    var support = require_support();
    var nodejsUtils = require_nodejsUtils();
    var GenericWorker = require_GenericWorker();
    var _utf8len = new Array(256);
    for (i = 0; i < 256; i++) {
      _utf8len[i] = i >= 252 ? 6 : i >= 248 ? 5 : i >= 240 ? 4 : i >= 224 ? 3 : i >= 192 ? 2 : 1;
    }
    var i;
    _utf8len[254] = _utf8len[254] = 1;
    var string2buf = function(str) {
      var buf, c, c2, m_pos, i2, str_len = str.length, buf_len = 0;
      for (m_pos = 0; m_pos < str_len; m_pos++) {
        c = str.charCodeAt(m_pos);
        if ((c & 64512) === 55296 && m_pos + 1 < str_len) {
          c2 = str.charCodeAt(m_pos + 1);
          if ((c2 & 64512) === 56320) {
            c = 65536 + (c - 55296 << 10) + (c2 - 56320);
            m_pos++;
          }
        }
        buf_len += c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : 4;
      }
      if (support.uint8array) {
        buf = new Uint8Array(buf_len);
      } else {
        buf = new Array(buf_len);
      }
      for (i2 = 0, m_pos = 0; i2 < buf_len; m_pos++) {
        c = str.charCodeAt(m_pos);
        if ((c & 64512) === 55296 && m_pos + 1 < str_len) {
          c2 = str.charCodeAt(m_pos + 1);
          if ((c2 & 64512) === 56320) {
            c = 65536 + (c - 55296 << 10) + (c2 - 56320);
            m_pos++;
          }
        }
        if (c < 128) {
          buf[i2++] = c;
        } else if (c < 2048) {
          buf[i2++] = 192 | c >>> 6;
          buf[i2++] = 128 | c & 63;
        } else if (c < 65536) {
          buf[i2++] = 224 | c >>> 12;
          buf[i2++] = 128 | c >>> 6 & 63;
          buf[i2++] = 128 | c & 63;
        } else {
          buf[i2++] = 240 | c >>> 18;
          buf[i2++] = 128 | c >>> 12 & 63;
          buf[i2++] = 128 | c >>> 6 & 63;
          buf[i2++] = 128 | c & 63;
        }
      }
      return buf;
    };
    var utf8border = function(buf, max) {
      var pos;
      max = max || buf.length;
      if (max > buf.length) {
        max = buf.length;
      }
      pos = max - 1;
      while (pos >= 0 && (buf[pos] & 192) === 128) {
        pos--;
      }
      if (pos < 0) {
        return max;
      }
      if (pos === 0) {
        return max;
      }
      return pos + _utf8len[buf[pos]] > max ? pos : max;
    };
    var buf2string = function(buf) {
      var i2, out, c, c_len;
      var len = buf.length;
      var utf16buf = new Array(len * 2);
      for (out = 0, i2 = 0; i2 < len; ) {
        c = buf[i2++];
        if (c < 128) {
          utf16buf[out++] = c;
          continue;
        }
        c_len = _utf8len[c];
        if (c_len > 4) {
          utf16buf[out++] = 65533;
          i2 += c_len - 1;
          continue;
        }
        c &= c_len === 2 ? 31 : c_len === 3 ? 15 : 7;
        while (c_len > 1 && i2 < len) {
          c = c << 6 | buf[i2++] & 63;
          c_len--;
        }
        if (c_len > 1) {
          utf16buf[out++] = 65533;
          continue;
        }
        if (c < 65536) {
          utf16buf[out++] = c;
        } else {
          c -= 65536;
          utf16buf[out++] = 55296 | c >> 10 & 1023;
          utf16buf[out++] = 56320 | c & 1023;
        }
      }
      if (utf16buf.length !== out) {
        if (utf16buf.subarray) {
          utf16buf = utf16buf.subarray(0, out);
        } else {
          utf16buf.length = out;
        }
      }
      return utils.applyFromCharCode(utf16buf);
    };
    exports.utf8encode = function utf8encode(str) {
      if (support.nodebuffer) {
        return nodejsUtils.newBufferFrom(str, "utf-8");
      }
      return string2buf(str);
    };
    exports.utf8decode = function utf8decode(buf) {
      if (support.nodebuffer) {
        return utils.transformTo("nodebuffer", buf).toString("utf-8");
      }
      buf = utils.transformTo(support.uint8array ? "uint8array" : "array", buf);
      return buf2string(buf);
    };
    function Utf8DecodeWorker() {
      GenericWorker.call(this, "utf-8 decode");
      this.leftOver = null;
    }
    utils.inherits(Utf8DecodeWorker, GenericWorker);
    Utf8DecodeWorker.prototype.processChunk = function(chunk2) {
      var data = utils.transformTo(support.uint8array ? "uint8array" : "array", chunk2.data);
      if (this.leftOver && this.leftOver.length) {
        if (support.uint8array) {
          var previousData = data;
          data = new Uint8Array(previousData.length + this.leftOver.length);
          data.set(this.leftOver, 0);
          data.set(previousData, this.leftOver.length);
        } else {
          data = this.leftOver.concat(data);
        }
        this.leftOver = null;
      }
      var nextBoundary = utf8border(data);
      var usableData = data;
      if (nextBoundary !== data.length) {
        if (support.uint8array) {
          usableData = data.subarray(0, nextBoundary);
          this.leftOver = data.subarray(nextBoundary, data.length);
        } else {
          usableData = data.slice(0, nextBoundary);
          this.leftOver = data.slice(nextBoundary, data.length);
        }
      }
      this.push({
        data: exports.utf8decode(usableData),
        meta: chunk2.meta
      });
    };
    Utf8DecodeWorker.prototype.flush = function() {
      if (this.leftOver && this.leftOver.length) {
        this.push({
          data: exports.utf8decode(this.leftOver),
          meta: {}
        });
        this.leftOver = null;
      }
    };
    exports.Utf8DecodeWorker = Utf8DecodeWorker;
    function Utf8EncodeWorker() {
      GenericWorker.call(this, "utf-8 encode");
    }
    utils.inherits(Utf8EncodeWorker, GenericWorker);
    Utf8EncodeWorker.prototype.processChunk = function(chunk2) {
      this.push({
        data: exports.utf8encode(chunk2.data),
        meta: chunk2.meta
      });
    };
    exports.Utf8EncodeWorker = Utf8EncodeWorker;
  }
});

// node_modules/jszip/lib/stream/ConvertWorker.js
var require_ConvertWorker = __commonJS({
  "node_modules/jszip/lib/stream/ConvertWorker.js"(exports, module) {
    "use strict";
    var GenericWorker = require_GenericWorker();
    var utils = require_utils();
    function ConvertWorker(destType) {
      GenericWorker.call(this, "ConvertWorker to " + destType);
      this.destType = destType;
    }
    utils.inherits(ConvertWorker, GenericWorker);
    ConvertWorker.prototype.processChunk = function(chunk2) {
      this.push({
        data: utils.transformTo(this.destType, chunk2.data),
        meta: chunk2.meta
      });
    };
    module.exports = ConvertWorker;
  }
});

// node_modules/jszip/lib/nodejs/NodejsStreamOutputAdapter.js
var require_NodejsStreamOutputAdapter = __commonJS({
  "node_modules/jszip/lib/nodejs/NodejsStreamOutputAdapter.js"(exports, module) {
    "use strict";
    var Readable = require_readable().Readable;
    var utils = require_utils();
    utils.inherits(NodejsStreamOutputAdapter, Readable);
    function NodejsStreamOutputAdapter(helper, options, updateCb) {
      Readable.call(this, options);
      this._helper = helper;
      var self2 = this;
      helper.on("data", function(data, meta) {
        if (!self2.push(data)) {
          self2._helper.pause();
        }
        if (updateCb) {
          updateCb(meta);
        }
      }).on("error", function(e) {
        self2.emit("error", e);
      }).on("end", function() {
        self2.push(null);
      });
    }
    NodejsStreamOutputAdapter.prototype._read = function() {
      this._helper.resume();
    };
    module.exports = NodejsStreamOutputAdapter;
  }
});

// node_modules/jszip/lib/stream/StreamHelper.js
var require_StreamHelper = __commonJS({
  "node_modules/jszip/lib/stream/StreamHelper.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var ConvertWorker = require_ConvertWorker();
    var GenericWorker = require_GenericWorker();
    var base64 = require_base64();
    var support = require_support();
    var external = require_external();
    var NodejsStreamOutputAdapter = null;
    if (support.nodestream) {
      try {
        NodejsStreamOutputAdapter = require_NodejsStreamOutputAdapter();
      } catch (e) {
      }
    }
    function transformZipOutput(type, content, mimeType) {
      switch (type) {
        case "blob":
          return utils.newBlob(utils.transformTo("arraybuffer", content), mimeType);
        case "base64":
          return base64.encode(content);
        default:
          return utils.transformTo(type, content);
      }
    }
    function concat(type, dataArray) {
      var i, index = 0, res = null, totalLength = 0;
      for (i = 0; i < dataArray.length; i++) {
        totalLength += dataArray[i].length;
      }
      switch (type) {
        case "string":
          return dataArray.join("");
        case "array":
          return Array.prototype.concat.apply([], dataArray);
        case "uint8array":
          res = new Uint8Array(totalLength);
          for (i = 0; i < dataArray.length; i++) {
            res.set(dataArray[i], index);
            index += dataArray[i].length;
          }
          return res;
        case "nodebuffer":
          return Buffer.concat(dataArray);
        default:
          throw new Error("concat : unsupported type '" + type + "'");
      }
    }
    function accumulate(helper, updateCallback) {
      return new external.Promise(function(resolve, reject) {
        var dataArray = [];
        var chunkType = helper._internalType, resultType = helper._outputType, mimeType = helper._mimeType;
        helper.on("data", function(data, meta) {
          dataArray.push(data);
          if (updateCallback) {
            updateCallback(meta);
          }
        }).on("error", function(err) {
          dataArray = [];
          reject(err);
        }).on("end", function() {
          try {
            var result2 = transformZipOutput(resultType, concat(chunkType, dataArray), mimeType);
            resolve(result2);
          } catch (e) {
            reject(e);
          }
          dataArray = [];
        }).resume();
      });
    }
    function StreamHelper(worker, outputType, mimeType) {
      var internalType = outputType;
      switch (outputType) {
        case "blob":
        case "arraybuffer":
          internalType = "uint8array";
          break;
        case "base64":
          internalType = "string";
          break;
      }
      try {
        this._internalType = internalType;
        this._outputType = outputType;
        this._mimeType = mimeType;
        utils.checkSupport(internalType);
        this._worker = worker.pipe(new ConvertWorker(internalType));
        worker.lock();
      } catch (e) {
        this._worker = new GenericWorker("error");
        this._worker.error(e);
      }
    }
    StreamHelper.prototype = {
      /**
       * Listen a StreamHelper, accumulate its content and concatenate it into a
       * complete block.
       * @param {Function} updateCb the update callback.
       * @return Promise the promise for the accumulation.
       */
      accumulate: function(updateCb) {
        return accumulate(this, updateCb);
      },
      /**
       * Add a listener on an event triggered on a stream.
       * @param {String} evt the name of the event
       * @param {Function} fn the listener
       * @return {StreamHelper} the current helper.
       */
      on: function(evt, fn) {
        var self2 = this;
        if (evt === "data") {
          this._worker.on(evt, function(chunk2) {
            fn.call(self2, chunk2.data, chunk2.meta);
          });
        } else {
          this._worker.on(evt, function() {
            utils.delay(fn, arguments, self2);
          });
        }
        return this;
      },
      /**
       * Resume the flow of chunks.
       * @return {StreamHelper} the current helper.
       */
      resume: function() {
        utils.delay(this._worker.resume, [], this._worker);
        return this;
      },
      /**
       * Pause the flow of chunks.
       * @return {StreamHelper} the current helper.
       */
      pause: function() {
        this._worker.pause();
        return this;
      },
      /**
       * Return a nodejs stream for this helper.
       * @param {Function} updateCb the update callback.
       * @return {NodejsStreamOutputAdapter} the nodejs stream.
       */
      toNodejsStream: function(updateCb) {
        utils.checkSupport("nodestream");
        if (this._outputType !== "nodebuffer") {
          throw new Error(this._outputType + " is not supported by this method");
        }
        return new NodejsStreamOutputAdapter(this, {
          objectMode: this._outputType !== "nodebuffer"
        }, updateCb);
      }
    };
    module.exports = StreamHelper;
  }
});

// node_modules/jszip/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/jszip/lib/defaults.js"(exports) {
    "use strict";
    exports.base64 = false;
    exports.binary = false;
    exports.dir = false;
    exports.createFolders = true;
    exports.date = null;
    exports.compression = null;
    exports.compressionOptions = null;
    exports.comment = null;
    exports.unixPermissions = null;
    exports.dosPermissions = null;
  }
});

// node_modules/jszip/lib/stream/DataWorker.js
var require_DataWorker = __commonJS({
  "node_modules/jszip/lib/stream/DataWorker.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    var DEFAULT_BLOCK_SIZE = 16 * 1024;
    function DataWorker(dataP) {
      GenericWorker.call(this, "DataWorker");
      var self2 = this;
      this.dataIsReady = false;
      this.index = 0;
      this.max = 0;
      this.data = null;
      this.type = "";
      this._tickScheduled = false;
      dataP.then(function(data) {
        self2.dataIsReady = true;
        self2.data = data;
        self2.max = data && data.length || 0;
        self2.type = utils.getTypeOf(data);
        if (!self2.isPaused) {
          self2._tickAndRepeat();
        }
      }, function(e) {
        self2.error(e);
      });
    }
    utils.inherits(DataWorker, GenericWorker);
    DataWorker.prototype.cleanUp = function() {
      GenericWorker.prototype.cleanUp.call(this);
      this.data = null;
    };
    DataWorker.prototype.resume = function() {
      if (!GenericWorker.prototype.resume.call(this)) {
        return false;
      }
      if (!this._tickScheduled && this.dataIsReady) {
        this._tickScheduled = true;
        utils.delay(this._tickAndRepeat, [], this);
      }
      return true;
    };
    DataWorker.prototype._tickAndRepeat = function() {
      this._tickScheduled = false;
      if (this.isPaused || this.isFinished) {
        return;
      }
      this._tick();
      if (!this.isFinished) {
        utils.delay(this._tickAndRepeat, [], this);
        this._tickScheduled = true;
      }
    };
    DataWorker.prototype._tick = function() {
      if (this.isPaused || this.isFinished) {
        return false;
      }
      var size2 = DEFAULT_BLOCK_SIZE;
      var data = null, nextIndex = Math.min(this.max, this.index + size2);
      if (this.index >= this.max) {
        return this.end();
      } else {
        switch (this.type) {
          case "string":
            data = this.data.substring(this.index, nextIndex);
            break;
          case "uint8array":
            data = this.data.subarray(this.index, nextIndex);
            break;
          case "array":
          case "nodebuffer":
            data = this.data.slice(this.index, nextIndex);
            break;
        }
        this.index = nextIndex;
        return this.push({
          data,
          meta: {
            percent: this.max ? this.index / this.max * 100 : 0
          }
        });
      }
    };
    module.exports = DataWorker;
  }
});

// node_modules/jszip/lib/crc32.js
var require_crc32 = __commonJS({
  "node_modules/jszip/lib/crc32.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    function makeTable() {
      var c, table2 = [];
      for (var n = 0; n < 256; n++) {
        c = n;
        for (var k = 0; k < 8; k++) {
          c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        }
        table2[n] = c;
      }
      return table2;
    }
    var crcTable = makeTable();
    function crc32(crc, buf, len, pos) {
      var t = crcTable, end = pos + len;
      crc = crc ^ -1;
      for (var i = pos; i < end; i++) {
        crc = crc >>> 8 ^ t[(crc ^ buf[i]) & 255];
      }
      return crc ^ -1;
    }
    function crc32str(crc, str, len, pos) {
      var t = crcTable, end = pos + len;
      crc = crc ^ -1;
      for (var i = pos; i < end; i++) {
        crc = crc >>> 8 ^ t[(crc ^ str.charCodeAt(i)) & 255];
      }
      return crc ^ -1;
    }
    module.exports = function crc32wrapper(input, crc) {
      if (typeof input === "undefined" || !input.length) {
        return 0;
      }
      var isArray = utils.getTypeOf(input) !== "string";
      if (isArray) {
        return crc32(crc | 0, input, input.length, 0);
      } else {
        return crc32str(crc | 0, input, input.length, 0);
      }
    };
  }
});

// node_modules/jszip/lib/stream/Crc32Probe.js
var require_Crc32Probe = __commonJS({
  "node_modules/jszip/lib/stream/Crc32Probe.js"(exports, module) {
    "use strict";
    var GenericWorker = require_GenericWorker();
    var crc32 = require_crc32();
    var utils = require_utils();
    function Crc32Probe() {
      GenericWorker.call(this, "Crc32Probe");
      this.withStreamInfo("crc32", 0);
    }
    utils.inherits(Crc32Probe, GenericWorker);
    Crc32Probe.prototype.processChunk = function(chunk2) {
      this.streamInfo.crc32 = crc32(chunk2.data, this.streamInfo.crc32 || 0);
      this.push(chunk2);
    };
    module.exports = Crc32Probe;
  }
});

// node_modules/jszip/lib/stream/DataLengthProbe.js
var require_DataLengthProbe = __commonJS({
  "node_modules/jszip/lib/stream/DataLengthProbe.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    function DataLengthProbe(propName) {
      GenericWorker.call(this, "DataLengthProbe for " + propName);
      this.propName = propName;
      this.withStreamInfo(propName, 0);
    }
    utils.inherits(DataLengthProbe, GenericWorker);
    DataLengthProbe.prototype.processChunk = function(chunk2) {
      if (chunk2) {
        var length = this.streamInfo[this.propName] || 0;
        this.streamInfo[this.propName] = length + chunk2.data.length;
      }
      GenericWorker.prototype.processChunk.call(this, chunk2);
    };
    module.exports = DataLengthProbe;
  }
});

// node_modules/jszip/lib/compressedObject.js
var require_compressedObject = __commonJS({
  "node_modules/jszip/lib/compressedObject.js"(exports, module) {
    "use strict";
    var external = require_external();
    var DataWorker = require_DataWorker();
    var Crc32Probe = require_Crc32Probe();
    var DataLengthProbe = require_DataLengthProbe();
    function CompressedObject(compressedSize, uncompressedSize, crc32, compression, data) {
      this.compressedSize = compressedSize;
      this.uncompressedSize = uncompressedSize;
      this.crc32 = crc32;
      this.compression = compression;
      this.compressedContent = data;
    }
    CompressedObject.prototype = {
      /**
       * Create a worker to get the uncompressed content.
       * @return {GenericWorker} the worker.
       */
      getContentWorker: function() {
        var worker = new DataWorker(external.Promise.resolve(this.compressedContent)).pipe(this.compression.uncompressWorker()).pipe(new DataLengthProbe("data_length"));
        var that = this;
        worker.on("end", function() {
          if (this.streamInfo["data_length"] !== that.uncompressedSize) {
            throw new Error("Bug : uncompressed data size mismatch");
          }
        });
        return worker;
      },
      /**
       * Create a worker to get the compressed content.
       * @return {GenericWorker} the worker.
       */
      getCompressedWorker: function() {
        return new DataWorker(external.Promise.resolve(this.compressedContent)).withStreamInfo("compressedSize", this.compressedSize).withStreamInfo("uncompressedSize", this.uncompressedSize).withStreamInfo("crc32", this.crc32).withStreamInfo("compression", this.compression);
      }
    };
    CompressedObject.createWorkerFrom = function(uncompressedWorker, compression, compressionOptions) {
      return uncompressedWorker.pipe(new Crc32Probe()).pipe(new DataLengthProbe("uncompressedSize")).pipe(compression.compressWorker(compressionOptions)).pipe(new DataLengthProbe("compressedSize")).withStreamInfo("compression", compression);
    };
    module.exports = CompressedObject;
  }
});

// node_modules/jszip/lib/zipObject.js
var require_zipObject = __commonJS({
  "node_modules/jszip/lib/zipObject.js"(exports, module) {
    "use strict";
    var StreamHelper = require_StreamHelper();
    var DataWorker = require_DataWorker();
    var utf8 = require_utf8();
    var CompressedObject = require_compressedObject();
    var GenericWorker = require_GenericWorker();
    var ZipObject = function(name, data, options) {
      this.name = name;
      this.dir = options.dir;
      this.date = options.date;
      this.comment = options.comment;
      this.unixPermissions = options.unixPermissions;
      this.dosPermissions = options.dosPermissions;
      this._data = data;
      this._dataBinary = options.binary;
      this.options = {
        compression: options.compression,
        compressionOptions: options.compressionOptions
      };
    };
    ZipObject.prototype = {
      /**
       * Create an internal stream for the content of this object.
       * @param {String} type the type of each chunk.
       * @return StreamHelper the stream.
       */
      internalStream: function(type) {
        var result2 = null, outputType = "string";
        try {
          if (!type) {
            throw new Error("No output type specified.");
          }
          outputType = type.toLowerCase();
          var askUnicodeString = outputType === "string" || outputType === "text";
          if (outputType === "binarystring" || outputType === "text") {
            outputType = "string";
          }
          result2 = this._decompressWorker();
          var isUnicodeString = !this._dataBinary;
          if (isUnicodeString && !askUnicodeString) {
            result2 = result2.pipe(new utf8.Utf8EncodeWorker());
          }
          if (!isUnicodeString && askUnicodeString) {
            result2 = result2.pipe(new utf8.Utf8DecodeWorker());
          }
        } catch (e) {
          result2 = new GenericWorker("error");
          result2.error(e);
        }
        return new StreamHelper(result2, outputType, "");
      },
      /**
       * Prepare the content in the asked type.
       * @param {String} type the type of the result.
       * @param {Function} onUpdate a function to call on each internal update.
       * @return Promise the promise of the result.
       */
      async: function(type, onUpdate) {
        return this.internalStream(type).accumulate(onUpdate);
      },
      /**
       * Prepare the content as a nodejs stream.
       * @param {String} type the type of each chunk.
       * @param {Function} onUpdate a function to call on each internal update.
       * @return Stream the stream.
       */
      nodeStream: function(type, onUpdate) {
        return this.internalStream(type || "nodebuffer").toNodejsStream(onUpdate);
      },
      /**
       * Return a worker for the compressed content.
       * @private
       * @param {Object} compression the compression object to use.
       * @param {Object} compressionOptions the options to use when compressing.
       * @return Worker the worker.
       */
      _compressWorker: function(compression, compressionOptions) {
        if (this._data instanceof CompressedObject && this._data.compression.magic === compression.magic) {
          return this._data.getCompressedWorker();
        } else {
          var result2 = this._decompressWorker();
          if (!this._dataBinary) {
            result2 = result2.pipe(new utf8.Utf8EncodeWorker());
          }
          return CompressedObject.createWorkerFrom(result2, compression, compressionOptions);
        }
      },
      /**
       * Return a worker for the decompressed content.
       * @private
       * @return Worker the worker.
       */
      _decompressWorker: function() {
        if (this._data instanceof CompressedObject) {
          return this._data.getContentWorker();
        } else if (this._data instanceof GenericWorker) {
          return this._data;
        } else {
          return new DataWorker(this._data);
        }
      }
    };
    var removedMethods = ["asText", "asBinary", "asNodeBuffer", "asUint8Array", "asArrayBuffer"];
    var removedFn = function() {
      throw new Error("This method has been removed in JSZip 3.0, please check the upgrade guide.");
    };
    for (i = 0; i < removedMethods.length; i++) {
      ZipObject.prototype[removedMethods[i]] = removedFn;
    }
    var i;
    module.exports = ZipObject;
  }
});

// node_modules/pako/lib/utils/common.js
var require_common = __commonJS({
  "node_modules/pako/lib/utils/common.js"(exports) {
    "use strict";
    var TYPED_OK = typeof Uint8Array !== "undefined" && typeof Uint16Array !== "undefined" && typeof Int32Array !== "undefined";
    function _has(obj, key3) {
      return Object.prototype.hasOwnProperty.call(obj, key3);
    }
    exports.assign = function(obj) {
      var sources = Array.prototype.slice.call(arguments, 1);
      while (sources.length) {
        var source = sources.shift();
        if (!source) {
          continue;
        }
        if (typeof source !== "object") {
          throw new TypeError(source + "must be non-object");
        }
        for (var p in source) {
          if (_has(source, p)) {
            obj[p] = source[p];
          }
        }
      }
      return obj;
    };
    exports.shrinkBuf = function(buf, size2) {
      if (buf.length === size2) {
        return buf;
      }
      if (buf.subarray) {
        return buf.subarray(0, size2);
      }
      buf.length = size2;
      return buf;
    };
    var fnTyped = {
      arraySet: function(dest, src, src_offs, len, dest_offs) {
        if (src.subarray && dest.subarray) {
          dest.set(src.subarray(src_offs, src_offs + len), dest_offs);
          return;
        }
        for (var i = 0; i < len; i++) {
          dest[dest_offs + i] = src[src_offs + i];
        }
      },
      // Join array of chunks to single array.
      flattenChunks: function(chunks) {
        var i, l, len, pos, chunk2, result2;
        len = 0;
        for (i = 0, l = chunks.length; i < l; i++) {
          len += chunks[i].length;
        }
        result2 = new Uint8Array(len);
        pos = 0;
        for (i = 0, l = chunks.length; i < l; i++) {
          chunk2 = chunks[i];
          result2.set(chunk2, pos);
          pos += chunk2.length;
        }
        return result2;
      }
    };
    var fnUntyped = {
      arraySet: function(dest, src, src_offs, len, dest_offs) {
        for (var i = 0; i < len; i++) {
          dest[dest_offs + i] = src[src_offs + i];
        }
      },
      // Join array of chunks to single array.
      flattenChunks: function(chunks) {
        return [].concat.apply([], chunks);
      }
    };
    exports.setTyped = function(on) {
      if (on) {
        exports.Buf8 = Uint8Array;
        exports.Buf16 = Uint16Array;
        exports.Buf32 = Int32Array;
        exports.assign(exports, fnTyped);
      } else {
        exports.Buf8 = Array;
        exports.Buf16 = Array;
        exports.Buf32 = Array;
        exports.assign(exports, fnUntyped);
      }
    };
    exports.setTyped(TYPED_OK);
  }
});

// node_modules/pako/lib/zlib/trees.js
var require_trees = __commonJS({
  "node_modules/pako/lib/zlib/trees.js"(exports) {
    "use strict";
    var utils = require_common();
    var Z_FIXED = 4;
    var Z_BINARY = 0;
    var Z_TEXT = 1;
    var Z_UNKNOWN = 2;
    function zero(buf) {
      var len = buf.length;
      while (--len >= 0) {
        buf[len] = 0;
      }
    }
    var STORED_BLOCK = 0;
    var STATIC_TREES = 1;
    var DYN_TREES = 2;
    var MIN_MATCH = 3;
    var MAX_MATCH = 258;
    var LENGTH_CODES = 29;
    var LITERALS = 256;
    var L_CODES = LITERALS + 1 + LENGTH_CODES;
    var D_CODES = 30;
    var BL_CODES = 19;
    var HEAP_SIZE = 2 * L_CODES + 1;
    var MAX_BITS = 15;
    var Buf_size = 16;
    var MAX_BL_BITS = 7;
    var END_BLOCK = 256;
    var REP_3_6 = 16;
    var REPZ_3_10 = 17;
    var REPZ_11_138 = 18;
    var extra_lbits = (
      /* extra bits for each length code */
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    );
    var extra_dbits = (
      /* extra bits for each distance code */
      [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    );
    var extra_blbits = (
      /* extra bits for each bit length code */
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7]
    );
    var bl_order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    var DIST_CODE_LEN = 512;
    var static_ltree = new Array((L_CODES + 2) * 2);
    zero(static_ltree);
    var static_dtree = new Array(D_CODES * 2);
    zero(static_dtree);
    var _dist_code = new Array(DIST_CODE_LEN);
    zero(_dist_code);
    var _length_code = new Array(MAX_MATCH - MIN_MATCH + 1);
    zero(_length_code);
    var base_length = new Array(LENGTH_CODES);
    zero(base_length);
    var base_dist = new Array(D_CODES);
    zero(base_dist);
    function StaticTreeDesc(static_tree, extra_bits, extra_base, elems, max_length) {
      this.static_tree = static_tree;
      this.extra_bits = extra_bits;
      this.extra_base = extra_base;
      this.elems = elems;
      this.max_length = max_length;
      this.has_stree = static_tree && static_tree.length;
    }
    var static_l_desc;
    var static_d_desc;
    var static_bl_desc;
    function TreeDesc(dyn_tree, stat_desc) {
      this.dyn_tree = dyn_tree;
      this.max_code = 0;
      this.stat_desc = stat_desc;
    }
    function d_code(dist) {
      return dist < 256 ? _dist_code[dist] : _dist_code[256 + (dist >>> 7)];
    }
    function put_short(s, w) {
      s.pending_buf[s.pending++] = w & 255;
      s.pending_buf[s.pending++] = w >>> 8 & 255;
    }
    function send_bits(s, value, length) {
      if (s.bi_valid > Buf_size - length) {
        s.bi_buf |= value << s.bi_valid & 65535;
        put_short(s, s.bi_buf);
        s.bi_buf = value >> Buf_size - s.bi_valid;
        s.bi_valid += length - Buf_size;
      } else {
        s.bi_buf |= value << s.bi_valid & 65535;
        s.bi_valid += length;
      }
    }
    function send_code(s, c, tree) {
      send_bits(
        s,
        tree[c * 2],
        tree[c * 2 + 1]
        /*.Len*/
      );
    }
    function bi_reverse(code, len) {
      var res = 0;
      do {
        res |= code & 1;
        code >>>= 1;
        res <<= 1;
      } while (--len > 0);
      return res >>> 1;
    }
    function bi_flush(s) {
      if (s.bi_valid === 16) {
        put_short(s, s.bi_buf);
        s.bi_buf = 0;
        s.bi_valid = 0;
      } else if (s.bi_valid >= 8) {
        s.pending_buf[s.pending++] = s.bi_buf & 255;
        s.bi_buf >>= 8;
        s.bi_valid -= 8;
      }
    }
    function gen_bitlen(s, desc) {
      var tree = desc.dyn_tree;
      var max_code = desc.max_code;
      var stree = desc.stat_desc.static_tree;
      var has_stree = desc.stat_desc.has_stree;
      var extra = desc.stat_desc.extra_bits;
      var base = desc.stat_desc.extra_base;
      var max_length = desc.stat_desc.max_length;
      var h;
      var n, m;
      var bits;
      var xbits;
      var f;
      var overflow = 0;
      for (bits = 0; bits <= MAX_BITS; bits++) {
        s.bl_count[bits] = 0;
      }
      tree[s.heap[s.heap_max] * 2 + 1] = 0;
      for (h = s.heap_max + 1; h < HEAP_SIZE; h++) {
        n = s.heap[h];
        bits = tree[tree[n * 2 + 1] * 2 + 1] + 1;
        if (bits > max_length) {
          bits = max_length;
          overflow++;
        }
        tree[n * 2 + 1] = bits;
        if (n > max_code) {
          continue;
        }
        s.bl_count[bits]++;
        xbits = 0;
        if (n >= base) {
          xbits = extra[n - base];
        }
        f = tree[n * 2];
        s.opt_len += f * (bits + xbits);
        if (has_stree) {
          s.static_len += f * (stree[n * 2 + 1] + xbits);
        }
      }
      if (overflow === 0) {
        return;
      }
      do {
        bits = max_length - 1;
        while (s.bl_count[bits] === 0) {
          bits--;
        }
        s.bl_count[bits]--;
        s.bl_count[bits + 1] += 2;
        s.bl_count[max_length]--;
        overflow -= 2;
      } while (overflow > 0);
      for (bits = max_length; bits !== 0; bits--) {
        n = s.bl_count[bits];
        while (n !== 0) {
          m = s.heap[--h];
          if (m > max_code) {
            continue;
          }
          if (tree[m * 2 + 1] !== bits) {
            s.opt_len += (bits - tree[m * 2 + 1]) * tree[m * 2];
            tree[m * 2 + 1] = bits;
          }
          n--;
        }
      }
    }
    function gen_codes(tree, max_code, bl_count) {
      var next_code = new Array(MAX_BITS + 1);
      var code = 0;
      var bits;
      var n;
      for (bits = 1; bits <= MAX_BITS; bits++) {
        next_code[bits] = code = code + bl_count[bits - 1] << 1;
      }
      for (n = 0; n <= max_code; n++) {
        var len = tree[n * 2 + 1];
        if (len === 0) {
          continue;
        }
        tree[n * 2] = bi_reverse(next_code[len]++, len);
      }
    }
    function tr_static_init() {
      var n;
      var bits;
      var length;
      var code;
      var dist;
      var bl_count = new Array(MAX_BITS + 1);
      length = 0;
      for (code = 0; code < LENGTH_CODES - 1; code++) {
        base_length[code] = length;
        for (n = 0; n < 1 << extra_lbits[code]; n++) {
          _length_code[length++] = code;
        }
      }
      _length_code[length - 1] = code;
      dist = 0;
      for (code = 0; code < 16; code++) {
        base_dist[code] = dist;
        for (n = 0; n < 1 << extra_dbits[code]; n++) {
          _dist_code[dist++] = code;
        }
      }
      dist >>= 7;
      for (; code < D_CODES; code++) {
        base_dist[code] = dist << 7;
        for (n = 0; n < 1 << extra_dbits[code] - 7; n++) {
          _dist_code[256 + dist++] = code;
        }
      }
      for (bits = 0; bits <= MAX_BITS; bits++) {
        bl_count[bits] = 0;
      }
      n = 0;
      while (n <= 143) {
        static_ltree[n * 2 + 1] = 8;
        n++;
        bl_count[8]++;
      }
      while (n <= 255) {
        static_ltree[n * 2 + 1] = 9;
        n++;
        bl_count[9]++;
      }
      while (n <= 279) {
        static_ltree[n * 2 + 1] = 7;
        n++;
        bl_count[7]++;
      }
      while (n <= 287) {
        static_ltree[n * 2 + 1] = 8;
        n++;
        bl_count[8]++;
      }
      gen_codes(static_ltree, L_CODES + 1, bl_count);
      for (n = 0; n < D_CODES; n++) {
        static_dtree[n * 2 + 1] = 5;
        static_dtree[n * 2] = bi_reverse(n, 5);
      }
      static_l_desc = new StaticTreeDesc(static_ltree, extra_lbits, LITERALS + 1, L_CODES, MAX_BITS);
      static_d_desc = new StaticTreeDesc(static_dtree, extra_dbits, 0, D_CODES, MAX_BITS);
      static_bl_desc = new StaticTreeDesc(new Array(0), extra_blbits, 0, BL_CODES, MAX_BL_BITS);
    }
    function init_block(s) {
      var n;
      for (n = 0; n < L_CODES; n++) {
        s.dyn_ltree[n * 2] = 0;
      }
      for (n = 0; n < D_CODES; n++) {
        s.dyn_dtree[n * 2] = 0;
      }
      for (n = 0; n < BL_CODES; n++) {
        s.bl_tree[n * 2] = 0;
      }
      s.dyn_ltree[END_BLOCK * 2] = 1;
      s.opt_len = s.static_len = 0;
      s.last_lit = s.matches = 0;
    }
    function bi_windup(s) {
      if (s.bi_valid > 8) {
        put_short(s, s.bi_buf);
      } else if (s.bi_valid > 0) {
        s.pending_buf[s.pending++] = s.bi_buf;
      }
      s.bi_buf = 0;
      s.bi_valid = 0;
    }
    function copy_block(s, buf, len, header2) {
      bi_windup(s);
      if (header2) {
        put_short(s, len);
        put_short(s, ~len);
      }
      utils.arraySet(s.pending_buf, s.window, buf, len, s.pending);
      s.pending += len;
    }
    function smaller(tree, n, m, depth) {
      var _n2 = n * 2;
      var _m2 = m * 2;
      return tree[_n2] < tree[_m2] || tree[_n2] === tree[_m2] && depth[n] <= depth[m];
    }
    function pqdownheap(s, tree, k) {
      var v = s.heap[k];
      var j = k << 1;
      while (j <= s.heap_len) {
        if (j < s.heap_len && smaller(tree, s.heap[j + 1], s.heap[j], s.depth)) {
          j++;
        }
        if (smaller(tree, v, s.heap[j], s.depth)) {
          break;
        }
        s.heap[k] = s.heap[j];
        k = j;
        j <<= 1;
      }
      s.heap[k] = v;
    }
    function compress_block(s, ltree, dtree) {
      var dist;
      var lc;
      var lx = 0;
      var code;
      var extra;
      if (s.last_lit !== 0) {
        do {
          dist = s.pending_buf[s.d_buf + lx * 2] << 8 | s.pending_buf[s.d_buf + lx * 2 + 1];
          lc = s.pending_buf[s.l_buf + lx];
          lx++;
          if (dist === 0) {
            send_code(s, lc, ltree);
          } else {
            code = _length_code[lc];
            send_code(s, code + LITERALS + 1, ltree);
            extra = extra_lbits[code];
            if (extra !== 0) {
              lc -= base_length[code];
              send_bits(s, lc, extra);
            }
            dist--;
            code = d_code(dist);
            send_code(s, code, dtree);
            extra = extra_dbits[code];
            if (extra !== 0) {
              dist -= base_dist[code];
              send_bits(s, dist, extra);
            }
          }
        } while (lx < s.last_lit);
      }
      send_code(s, END_BLOCK, ltree);
    }
    function build_tree(s, desc) {
      var tree = desc.dyn_tree;
      var stree = desc.stat_desc.static_tree;
      var has_stree = desc.stat_desc.has_stree;
      var elems = desc.stat_desc.elems;
      var n, m;
      var max_code = -1;
      var node;
      s.heap_len = 0;
      s.heap_max = HEAP_SIZE;
      for (n = 0; n < elems; n++) {
        if (tree[n * 2] !== 0) {
          s.heap[++s.heap_len] = max_code = n;
          s.depth[n] = 0;
        } else {
          tree[n * 2 + 1] = 0;
        }
      }
      while (s.heap_len < 2) {
        node = s.heap[++s.heap_len] = max_code < 2 ? ++max_code : 0;
        tree[node * 2] = 1;
        s.depth[node] = 0;
        s.opt_len--;
        if (has_stree) {
          s.static_len -= stree[node * 2 + 1];
        }
      }
      desc.max_code = max_code;
      for (n = s.heap_len >> 1; n >= 1; n--) {
        pqdownheap(s, tree, n);
      }
      node = elems;
      do {
        n = s.heap[
          1
          /*SMALLEST*/
        ];
        s.heap[
          1
          /*SMALLEST*/
        ] = s.heap[s.heap_len--];
        pqdownheap(
          s,
          tree,
          1
          /*SMALLEST*/
        );
        m = s.heap[
          1
          /*SMALLEST*/
        ];
        s.heap[--s.heap_max] = n;
        s.heap[--s.heap_max] = m;
        tree[node * 2] = tree[n * 2] + tree[m * 2];
        s.depth[node] = (s.depth[n] >= s.depth[m] ? s.depth[n] : s.depth[m]) + 1;
        tree[n * 2 + 1] = tree[m * 2 + 1] = node;
        s.heap[
          1
          /*SMALLEST*/
        ] = node++;
        pqdownheap(
          s,
          tree,
          1
          /*SMALLEST*/
        );
      } while (s.heap_len >= 2);
      s.heap[--s.heap_max] = s.heap[
        1
        /*SMALLEST*/
      ];
      gen_bitlen(s, desc);
      gen_codes(tree, max_code, s.bl_count);
    }
    function scan_tree(s, tree, max_code) {
      var n;
      var prevlen = -1;
      var curlen;
      var nextlen = tree[0 * 2 + 1];
      var count = 0;
      var max_count = 7;
      var min_count = 4;
      if (nextlen === 0) {
        max_count = 138;
        min_count = 3;
      }
      tree[(max_code + 1) * 2 + 1] = 65535;
      for (n = 0; n <= max_code; n++) {
        curlen = nextlen;
        nextlen = tree[(n + 1) * 2 + 1];
        if (++count < max_count && curlen === nextlen) {
          continue;
        } else if (count < min_count) {
          s.bl_tree[curlen * 2] += count;
        } else if (curlen !== 0) {
          if (curlen !== prevlen) {
            s.bl_tree[curlen * 2]++;
          }
          s.bl_tree[REP_3_6 * 2]++;
        } else if (count <= 10) {
          s.bl_tree[REPZ_3_10 * 2]++;
        } else {
          s.bl_tree[REPZ_11_138 * 2]++;
        }
        count = 0;
        prevlen = curlen;
        if (nextlen === 0) {
          max_count = 138;
          min_count = 3;
        } else if (curlen === nextlen) {
          max_count = 6;
          min_count = 3;
        } else {
          max_count = 7;
          min_count = 4;
        }
      }
    }
    function send_tree(s, tree, max_code) {
      var n;
      var prevlen = -1;
      var curlen;
      var nextlen = tree[0 * 2 + 1];
      var count = 0;
      var max_count = 7;
      var min_count = 4;
      if (nextlen === 0) {
        max_count = 138;
        min_count = 3;
      }
      for (n = 0; n <= max_code; n++) {
        curlen = nextlen;
        nextlen = tree[(n + 1) * 2 + 1];
        if (++count < max_count && curlen === nextlen) {
          continue;
        } else if (count < min_count) {
          do {
            send_code(s, curlen, s.bl_tree);
          } while (--count !== 0);
        } else if (curlen !== 0) {
          if (curlen !== prevlen) {
            send_code(s, curlen, s.bl_tree);
            count--;
          }
          send_code(s, REP_3_6, s.bl_tree);
          send_bits(s, count - 3, 2);
        } else if (count <= 10) {
          send_code(s, REPZ_3_10, s.bl_tree);
          send_bits(s, count - 3, 3);
        } else {
          send_code(s, REPZ_11_138, s.bl_tree);
          send_bits(s, count - 11, 7);
        }
        count = 0;
        prevlen = curlen;
        if (nextlen === 0) {
          max_count = 138;
          min_count = 3;
        } else if (curlen === nextlen) {
          max_count = 6;
          min_count = 3;
        } else {
          max_count = 7;
          min_count = 4;
        }
      }
    }
    function build_bl_tree(s) {
      var max_blindex;
      scan_tree(s, s.dyn_ltree, s.l_desc.max_code);
      scan_tree(s, s.dyn_dtree, s.d_desc.max_code);
      build_tree(s, s.bl_desc);
      for (max_blindex = BL_CODES - 1; max_blindex >= 3; max_blindex--) {
        if (s.bl_tree[bl_order[max_blindex] * 2 + 1] !== 0) {
          break;
        }
      }
      s.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4;
      return max_blindex;
    }
    function send_all_trees(s, lcodes, dcodes, blcodes) {
      var rank;
      send_bits(s, lcodes - 257, 5);
      send_bits(s, dcodes - 1, 5);
      send_bits(s, blcodes - 4, 4);
      for (rank = 0; rank < blcodes; rank++) {
        send_bits(s, s.bl_tree[bl_order[rank] * 2 + 1], 3);
      }
      send_tree(s, s.dyn_ltree, lcodes - 1);
      send_tree(s, s.dyn_dtree, dcodes - 1);
    }
    function detect_data_type(s) {
      var black_mask = 4093624447;
      var n;
      for (n = 0; n <= 31; n++, black_mask >>>= 1) {
        if (black_mask & 1 && s.dyn_ltree[n * 2] !== 0) {
          return Z_BINARY;
        }
      }
      if (s.dyn_ltree[9 * 2] !== 0 || s.dyn_ltree[10 * 2] !== 0 || s.dyn_ltree[13 * 2] !== 0) {
        return Z_TEXT;
      }
      for (n = 32; n < LITERALS; n++) {
        if (s.dyn_ltree[n * 2] !== 0) {
          return Z_TEXT;
        }
      }
      return Z_BINARY;
    }
    var static_init_done = false;
    function _tr_init(s) {
      if (!static_init_done) {
        tr_static_init();
        static_init_done = true;
      }
      s.l_desc = new TreeDesc(s.dyn_ltree, static_l_desc);
      s.d_desc = new TreeDesc(s.dyn_dtree, static_d_desc);
      s.bl_desc = new TreeDesc(s.bl_tree, static_bl_desc);
      s.bi_buf = 0;
      s.bi_valid = 0;
      init_block(s);
    }
    function _tr_stored_block(s, buf, stored_len, last) {
      send_bits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);
      copy_block(s, buf, stored_len, true);
    }
    function _tr_align(s) {
      send_bits(s, STATIC_TREES << 1, 3);
      send_code(s, END_BLOCK, static_ltree);
      bi_flush(s);
    }
    function _tr_flush_block(s, buf, stored_len, last) {
      var opt_lenb, static_lenb;
      var max_blindex = 0;
      if (s.level > 0) {
        if (s.strm.data_type === Z_UNKNOWN) {
          s.strm.data_type = detect_data_type(s);
        }
        build_tree(s, s.l_desc);
        build_tree(s, s.d_desc);
        max_blindex = build_bl_tree(s);
        opt_lenb = s.opt_len + 3 + 7 >>> 3;
        static_lenb = s.static_len + 3 + 7 >>> 3;
        if (static_lenb <= opt_lenb) {
          opt_lenb = static_lenb;
        }
      } else {
        opt_lenb = static_lenb = stored_len + 5;
      }
      if (stored_len + 4 <= opt_lenb && buf !== -1) {
        _tr_stored_block(s, buf, stored_len, last);
      } else if (s.strategy === Z_FIXED || static_lenb === opt_lenb) {
        send_bits(s, (STATIC_TREES << 1) + (last ? 1 : 0), 3);
        compress_block(s, static_ltree, static_dtree);
      } else {
        send_bits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
        send_all_trees(s, s.l_desc.max_code + 1, s.d_desc.max_code + 1, max_blindex + 1);
        compress_block(s, s.dyn_ltree, s.dyn_dtree);
      }
      init_block(s);
      if (last) {
        bi_windup(s);
      }
    }
    function _tr_tally(s, dist, lc) {
      s.pending_buf[s.d_buf + s.last_lit * 2] = dist >>> 8 & 255;
      s.pending_buf[s.d_buf + s.last_lit * 2 + 1] = dist & 255;
      s.pending_buf[s.l_buf + s.last_lit] = lc & 255;
      s.last_lit++;
      if (dist === 0) {
        s.dyn_ltree[lc * 2]++;
      } else {
        s.matches++;
        dist--;
        s.dyn_ltree[(_length_code[lc] + LITERALS + 1) * 2]++;
        s.dyn_dtree[d_code(dist) * 2]++;
      }
      return s.last_lit === s.lit_bufsize - 1;
    }
    exports._tr_init = _tr_init;
    exports._tr_stored_block = _tr_stored_block;
    exports._tr_flush_block = _tr_flush_block;
    exports._tr_tally = _tr_tally;
    exports._tr_align = _tr_align;
  }
});

// node_modules/pako/lib/zlib/adler32.js
var require_adler32 = __commonJS({
  "node_modules/pako/lib/zlib/adler32.js"(exports, module) {
    "use strict";
    function adler32(adler, buf, len, pos) {
      var s1 = adler & 65535 | 0, s2 = adler >>> 16 & 65535 | 0, n = 0;
      while (len !== 0) {
        n = len > 2e3 ? 2e3 : len;
        len -= n;
        do {
          s1 = s1 + buf[pos++] | 0;
          s2 = s2 + s1 | 0;
        } while (--n);
        s1 %= 65521;
        s2 %= 65521;
      }
      return s1 | s2 << 16 | 0;
    }
    module.exports = adler32;
  }
});

// node_modules/pako/lib/zlib/crc32.js
var require_crc322 = __commonJS({
  "node_modules/pako/lib/zlib/crc32.js"(exports, module) {
    "use strict";
    function makeTable() {
      var c, table2 = [];
      for (var n = 0; n < 256; n++) {
        c = n;
        for (var k = 0; k < 8; k++) {
          c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        }
        table2[n] = c;
      }
      return table2;
    }
    var crcTable = makeTable();
    function crc32(crc, buf, len, pos) {
      var t = crcTable, end = pos + len;
      crc ^= -1;
      for (var i = pos; i < end; i++) {
        crc = crc >>> 8 ^ t[(crc ^ buf[i]) & 255];
      }
      return crc ^ -1;
    }
    module.exports = crc32;
  }
});

// node_modules/pako/lib/zlib/messages.js
var require_messages = __commonJS({
  "node_modules/pako/lib/zlib/messages.js"(exports, module) {
    "use strict";
    module.exports = {
      2: "need dictionary",
      /* Z_NEED_DICT       2  */
      1: "stream end",
      /* Z_STREAM_END      1  */
      0: "",
      /* Z_OK              0  */
      "-1": "file error",
      /* Z_ERRNO         (-1) */
      "-2": "stream error",
      /* Z_STREAM_ERROR  (-2) */
      "-3": "data error",
      /* Z_DATA_ERROR    (-3) */
      "-4": "insufficient memory",
      /* Z_MEM_ERROR     (-4) */
      "-5": "buffer error",
      /* Z_BUF_ERROR     (-5) */
      "-6": "incompatible version"
      /* Z_VERSION_ERROR (-6) */
    };
  }
});

// node_modules/pako/lib/zlib/deflate.js
var require_deflate = __commonJS({
  "node_modules/pako/lib/zlib/deflate.js"(exports) {
    "use strict";
    var utils = require_common();
    var trees = require_trees();
    var adler32 = require_adler32();
    var crc32 = require_crc322();
    var msg = require_messages();
    var Z_NO_FLUSH = 0;
    var Z_PARTIAL_FLUSH = 1;
    var Z_FULL_FLUSH = 3;
    var Z_FINISH = 4;
    var Z_BLOCK = 5;
    var Z_OK = 0;
    var Z_STREAM_END = 1;
    var Z_STREAM_ERROR = -2;
    var Z_DATA_ERROR = -3;
    var Z_BUF_ERROR = -5;
    var Z_DEFAULT_COMPRESSION = -1;
    var Z_FILTERED = 1;
    var Z_HUFFMAN_ONLY = 2;
    var Z_RLE = 3;
    var Z_FIXED = 4;
    var Z_DEFAULT_STRATEGY = 0;
    var Z_UNKNOWN = 2;
    var Z_DEFLATED = 8;
    var MAX_MEM_LEVEL = 9;
    var MAX_WBITS = 15;
    var DEF_MEM_LEVEL = 8;
    var LENGTH_CODES = 29;
    var LITERALS = 256;
    var L_CODES = LITERALS + 1 + LENGTH_CODES;
    var D_CODES = 30;
    var BL_CODES = 19;
    var HEAP_SIZE = 2 * L_CODES + 1;
    var MAX_BITS = 15;
    var MIN_MATCH = 3;
    var MAX_MATCH = 258;
    var MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
    var PRESET_DICT = 32;
    var INIT_STATE = 42;
    var EXTRA_STATE = 69;
    var NAME_STATE = 73;
    var COMMENT_STATE = 91;
    var HCRC_STATE = 103;
    var BUSY_STATE = 113;
    var FINISH_STATE = 666;
    var BS_NEED_MORE = 1;
    var BS_BLOCK_DONE = 2;
    var BS_FINISH_STARTED = 3;
    var BS_FINISH_DONE = 4;
    var OS_CODE = 3;
    function err(strm, errorCode) {
      strm.msg = msg[errorCode];
      return errorCode;
    }
    function rank(f) {
      return (f << 1) - (f > 4 ? 9 : 0);
    }
    function zero(buf) {
      var len = buf.length;
      while (--len >= 0) {
        buf[len] = 0;
      }
    }
    function flush_pending(strm) {
      var s = strm.state;
      var len = s.pending;
      if (len > strm.avail_out) {
        len = strm.avail_out;
      }
      if (len === 0) {
        return;
      }
      utils.arraySet(strm.output, s.pending_buf, s.pending_out, len, strm.next_out);
      strm.next_out += len;
      s.pending_out += len;
      strm.total_out += len;
      strm.avail_out -= len;
      s.pending -= len;
      if (s.pending === 0) {
        s.pending_out = 0;
      }
    }
    function flush_block_only(s, last) {
      trees._tr_flush_block(s, s.block_start >= 0 ? s.block_start : -1, s.strstart - s.block_start, last);
      s.block_start = s.strstart;
      flush_pending(s.strm);
    }
    function put_byte(s, b) {
      s.pending_buf[s.pending++] = b;
    }
    function putShortMSB(s, b) {
      s.pending_buf[s.pending++] = b >>> 8 & 255;
      s.pending_buf[s.pending++] = b & 255;
    }
    function read_buf(strm, buf, start, size2) {
      var len = strm.avail_in;
      if (len > size2) {
        len = size2;
      }
      if (len === 0) {
        return 0;
      }
      strm.avail_in -= len;
      utils.arraySet(buf, strm.input, strm.next_in, len, start);
      if (strm.state.wrap === 1) {
        strm.adler = adler32(strm.adler, buf, len, start);
      } else if (strm.state.wrap === 2) {
        strm.adler = crc32(strm.adler, buf, len, start);
      }
      strm.next_in += len;
      strm.total_in += len;
      return len;
    }
    function longest_match(s, cur_match) {
      var chain_length = s.max_chain_length;
      var scan = s.strstart;
      var match;
      var len;
      var best_len = s.prev_length;
      var nice_match = s.nice_match;
      var limit = s.strstart > s.w_size - MIN_LOOKAHEAD ? s.strstart - (s.w_size - MIN_LOOKAHEAD) : 0;
      var _win = s.window;
      var wmask = s.w_mask;
      var prev = s.prev;
      var strend = s.strstart + MAX_MATCH;
      var scan_end1 = _win[scan + best_len - 1];
      var scan_end = _win[scan + best_len];
      if (s.prev_length >= s.good_match) {
        chain_length >>= 2;
      }
      if (nice_match > s.lookahead) {
        nice_match = s.lookahead;
      }
      do {
        match = cur_match;
        if (_win[match + best_len] !== scan_end || _win[match + best_len - 1] !== scan_end1 || _win[match] !== _win[scan] || _win[++match] !== _win[scan + 1]) {
          continue;
        }
        scan += 2;
        match++;
        do {
        } while (_win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && scan < strend);
        len = MAX_MATCH - (strend - scan);
        scan = strend - MAX_MATCH;
        if (len > best_len) {
          s.match_start = cur_match;
          best_len = len;
          if (len >= nice_match) {
            break;
          }
          scan_end1 = _win[scan + best_len - 1];
          scan_end = _win[scan + best_len];
        }
      } while ((cur_match = prev[cur_match & wmask]) > limit && --chain_length !== 0);
      if (best_len <= s.lookahead) {
        return best_len;
      }
      return s.lookahead;
    }
    function fill_window(s) {
      var _w_size = s.w_size;
      var p, n, m, more2, str;
      do {
        more2 = s.window_size - s.lookahead - s.strstart;
        if (s.strstart >= _w_size + (_w_size - MIN_LOOKAHEAD)) {
          utils.arraySet(s.window, s.window, _w_size, _w_size, 0);
          s.match_start -= _w_size;
          s.strstart -= _w_size;
          s.block_start -= _w_size;
          n = s.hash_size;
          p = n;
          do {
            m = s.head[--p];
            s.head[p] = m >= _w_size ? m - _w_size : 0;
          } while (--n);
          n = _w_size;
          p = n;
          do {
            m = s.prev[--p];
            s.prev[p] = m >= _w_size ? m - _w_size : 0;
          } while (--n);
          more2 += _w_size;
        }
        if (s.strm.avail_in === 0) {
          break;
        }
        n = read_buf(s.strm, s.window, s.strstart + s.lookahead, more2);
        s.lookahead += n;
        if (s.lookahead + s.insert >= MIN_MATCH) {
          str = s.strstart - s.insert;
          s.ins_h = s.window[str];
          s.ins_h = (s.ins_h << s.hash_shift ^ s.window[str + 1]) & s.hash_mask;
          while (s.insert) {
            s.ins_h = (s.ins_h << s.hash_shift ^ s.window[str + MIN_MATCH - 1]) & s.hash_mask;
            s.prev[str & s.w_mask] = s.head[s.ins_h];
            s.head[s.ins_h] = str;
            str++;
            s.insert--;
            if (s.lookahead + s.insert < MIN_MATCH) {
              break;
            }
          }
        }
      } while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);
    }
    function deflate_stored(s, flush) {
      var max_block_size = 65535;
      if (max_block_size > s.pending_buf_size - 5) {
        max_block_size = s.pending_buf_size - 5;
      }
      for (; ; ) {
        if (s.lookahead <= 1) {
          fill_window(s);
          if (s.lookahead === 0 && flush === Z_NO_FLUSH) {
            return BS_NEED_MORE;
          }
          if (s.lookahead === 0) {
            break;
          }
        }
        s.strstart += s.lookahead;
        s.lookahead = 0;
        var max_start = s.block_start + max_block_size;
        if (s.strstart === 0 || s.strstart >= max_start) {
          s.lookahead = s.strstart - max_start;
          s.strstart = max_start;
          flush_block_only(s, false);
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        }
        if (s.strstart - s.block_start >= s.w_size - MIN_LOOKAHEAD) {
          flush_block_only(s, false);
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        }
      }
      s.insert = 0;
      if (flush === Z_FINISH) {
        flush_block_only(s, true);
        if (s.strm.avail_out === 0) {
          return BS_FINISH_STARTED;
        }
        return BS_FINISH_DONE;
      }
      if (s.strstart > s.block_start) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
      }
      return BS_NEED_MORE;
    }
    function deflate_fast(s, flush) {
      var hash_head;
      var bflush;
      for (; ; ) {
        if (s.lookahead < MIN_LOOKAHEAD) {
          fill_window(s);
          if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) {
            return BS_NEED_MORE;
          }
          if (s.lookahead === 0) {
            break;
          }
        }
        hash_head = 0;
        if (s.lookahead >= MIN_MATCH) {
          s.ins_h = (s.ins_h << s.hash_shift ^ s.window[s.strstart + MIN_MATCH - 1]) & s.hash_mask;
          hash_head = s.prev[s.strstart & s.w_mask] = s.head[s.ins_h];
          s.head[s.ins_h] = s.strstart;
        }
        if (hash_head !== 0 && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) {
          s.match_length = longest_match(s, hash_head);
        }
        if (s.match_length >= MIN_MATCH) {
          bflush = trees._tr_tally(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);
          s.lookahead -= s.match_length;
          if (s.match_length <= s.max_lazy_match && s.lookahead >= MIN_MATCH) {
            s.match_length--;
            do {
              s.strstart++;
              s.ins_h = (s.ins_h << s.hash_shift ^ s.window[s.strstart + MIN_MATCH - 1]) & s.hash_mask;
              hash_head = s.prev[s.strstart & s.w_mask] = s.head[s.ins_h];
              s.head[s.ins_h] = s.strstart;
            } while (--s.match_length !== 0);
            s.strstart++;
          } else {
            s.strstart += s.match_length;
            s.match_length = 0;
            s.ins_h = s.window[s.strstart];
            s.ins_h = (s.ins_h << s.hash_shift ^ s.window[s.strstart + 1]) & s.hash_mask;
          }
        } else {
          bflush = trees._tr_tally(s, 0, s.window[s.strstart]);
          s.lookahead--;
          s.strstart++;
        }
        if (bflush) {
          flush_block_only(s, false);
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        }
      }
      s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
      if (flush === Z_FINISH) {
        flush_block_only(s, true);
        if (s.strm.avail_out === 0) {
          return BS_FINISH_STARTED;
        }
        return BS_FINISH_DONE;
      }
      if (s.last_lit) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
      }
      return BS_BLOCK_DONE;
    }
    function deflate_slow(s, flush) {
      var hash_head;
      var bflush;
      var max_insert;
      for (; ; ) {
        if (s.lookahead < MIN_LOOKAHEAD) {
          fill_window(s);
          if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) {
            return BS_NEED_MORE;
          }
          if (s.lookahead === 0) {
            break;
          }
        }
        hash_head = 0;
        if (s.lookahead >= MIN_MATCH) {
          s.ins_h = (s.ins_h << s.hash_shift ^ s.window[s.strstart + MIN_MATCH - 1]) & s.hash_mask;
          hash_head = s.prev[s.strstart & s.w_mask] = s.head[s.ins_h];
          s.head[s.ins_h] = s.strstart;
        }
        s.prev_length = s.match_length;
        s.prev_match = s.match_start;
        s.match_length = MIN_MATCH - 1;
        if (hash_head !== 0 && s.prev_length < s.max_lazy_match && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) {
          s.match_length = longest_match(s, hash_head);
          if (s.match_length <= 5 && (s.strategy === Z_FILTERED || s.match_length === MIN_MATCH && s.strstart - s.match_start > 4096)) {
            s.match_length = MIN_MATCH - 1;
          }
        }
        if (s.prev_length >= MIN_MATCH && s.match_length <= s.prev_length) {
          max_insert = s.strstart + s.lookahead - MIN_MATCH;
          bflush = trees._tr_tally(s, s.strstart - 1 - s.prev_match, s.prev_length - MIN_MATCH);
          s.lookahead -= s.prev_length - 1;
          s.prev_length -= 2;
          do {
            if (++s.strstart <= max_insert) {
              s.ins_h = (s.ins_h << s.hash_shift ^ s.window[s.strstart + MIN_MATCH - 1]) & s.hash_mask;
              hash_head = s.prev[s.strstart & s.w_mask] = s.head[s.ins_h];
              s.head[s.ins_h] = s.strstart;
            }
          } while (--s.prev_length !== 0);
          s.match_available = 0;
          s.match_length = MIN_MATCH - 1;
          s.strstart++;
          if (bflush) {
            flush_block_only(s, false);
            if (s.strm.avail_out === 0) {
              return BS_NEED_MORE;
            }
          }
        } else if (s.match_available) {
          bflush = trees._tr_tally(s, 0, s.window[s.strstart - 1]);
          if (bflush) {
            flush_block_only(s, false);
          }
          s.strstart++;
          s.lookahead--;
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        } else {
          s.match_available = 1;
          s.strstart++;
          s.lookahead--;
        }
      }
      if (s.match_available) {
        bflush = trees._tr_tally(s, 0, s.window[s.strstart - 1]);
        s.match_available = 0;
      }
      s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
      if (flush === Z_FINISH) {
        flush_block_only(s, true);
        if (s.strm.avail_out === 0) {
          return BS_FINISH_STARTED;
        }
        return BS_FINISH_DONE;
      }
      if (s.last_lit) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
      }
      return BS_BLOCK_DONE;
    }
    function deflate_rle(s, flush) {
      var bflush;
      var prev;
      var scan, strend;
      var _win = s.window;
      for (; ; ) {
        if (s.lookahead <= MAX_MATCH) {
          fill_window(s);
          if (s.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) {
            return BS_NEED_MORE;
          }
          if (s.lookahead === 0) {
            break;
          }
        }
        s.match_length = 0;
        if (s.lookahead >= MIN_MATCH && s.strstart > 0) {
          scan = s.strstart - 1;
          prev = _win[scan];
          if (prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan]) {
            strend = s.strstart + MAX_MATCH;
            do {
            } while (prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && scan < strend);
            s.match_length = MAX_MATCH - (strend - scan);
            if (s.match_length > s.lookahead) {
              s.match_length = s.lookahead;
            }
          }
        }
        if (s.match_length >= MIN_MATCH) {
          bflush = trees._tr_tally(s, 1, s.match_length - MIN_MATCH);
          s.lookahead -= s.match_length;
          s.strstart += s.match_length;
          s.match_length = 0;
        } else {
          bflush = trees._tr_tally(s, 0, s.window[s.strstart]);
          s.lookahead--;
          s.strstart++;
        }
        if (bflush) {
          flush_block_only(s, false);
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        }
      }
      s.insert = 0;
      if (flush === Z_FINISH) {
        flush_block_only(s, true);
        if (s.strm.avail_out === 0) {
          return BS_FINISH_STARTED;
        }
        return BS_FINISH_DONE;
      }
      if (s.last_lit) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
      }
      return BS_BLOCK_DONE;
    }
    function deflate_huff(s, flush) {
      var bflush;
      for (; ; ) {
        if (s.lookahead === 0) {
          fill_window(s);
          if (s.lookahead === 0) {
            if (flush === Z_NO_FLUSH) {
              return BS_NEED_MORE;
            }
            break;
          }
        }
        s.match_length = 0;
        bflush = trees._tr_tally(s, 0, s.window[s.strstart]);
        s.lookahead--;
        s.strstart++;
        if (bflush) {
          flush_block_only(s, false);
          if (s.strm.avail_out === 0) {
            return BS_NEED_MORE;
          }
        }
      }
      s.insert = 0;
      if (flush === Z_FINISH) {
        flush_block_only(s, true);
        if (s.strm.avail_out === 0) {
          return BS_FINISH_STARTED;
        }
        return BS_FINISH_DONE;
      }
      if (s.last_lit) {
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
      }
      return BS_BLOCK_DONE;
    }
    function Config(good_length, max_lazy, nice_length, max_chain, func) {
      this.good_length = good_length;
      this.max_lazy = max_lazy;
      this.nice_length = nice_length;
      this.max_chain = max_chain;
      this.func = func;
    }
    var configuration_table;
    configuration_table = [
      /*      good lazy nice chain */
      new Config(0, 0, 0, 0, deflate_stored),
      /* 0 store only */
      new Config(4, 4, 8, 4, deflate_fast),
      /* 1 max speed, no lazy matches */
      new Config(4, 5, 16, 8, deflate_fast),
      /* 2 */
      new Config(4, 6, 32, 32, deflate_fast),
      /* 3 */
      new Config(4, 4, 16, 16, deflate_slow),
      /* 4 lazy matches */
      new Config(8, 16, 32, 32, deflate_slow),
      /* 5 */
      new Config(8, 16, 128, 128, deflate_slow),
      /* 6 */
      new Config(8, 32, 128, 256, deflate_slow),
      /* 7 */
      new Config(32, 128, 258, 1024, deflate_slow),
      /* 8 */
      new Config(32, 258, 258, 4096, deflate_slow)
      /* 9 max compression */
    ];
    function lm_init(s) {
      s.window_size = 2 * s.w_size;
      zero(s.head);
      s.max_lazy_match = configuration_table[s.level].max_lazy;
      s.good_match = configuration_table[s.level].good_length;
      s.nice_match = configuration_table[s.level].nice_length;
      s.max_chain_length = configuration_table[s.level].max_chain;
      s.strstart = 0;
      s.block_start = 0;
      s.lookahead = 0;
      s.insert = 0;
      s.match_length = s.prev_length = MIN_MATCH - 1;
      s.match_available = 0;
      s.ins_h = 0;
    }
    function DeflateState() {
      this.strm = null;
      this.status = 0;
      this.pending_buf = null;
      this.pending_buf_size = 0;
      this.pending_out = 0;
      this.pending = 0;
      this.wrap = 0;
      this.gzhead = null;
      this.gzindex = 0;
      this.method = Z_DEFLATED;
      this.last_flush = -1;
      this.w_size = 0;
      this.w_bits = 0;
      this.w_mask = 0;
      this.window = null;
      this.window_size = 0;
      this.prev = null;
      this.head = null;
      this.ins_h = 0;
      this.hash_size = 0;
      this.hash_bits = 0;
      this.hash_mask = 0;
      this.hash_shift = 0;
      this.block_start = 0;
      this.match_length = 0;
      this.prev_match = 0;
      this.match_available = 0;
      this.strstart = 0;
      this.match_start = 0;
      this.lookahead = 0;
      this.prev_length = 0;
      this.max_chain_length = 0;
      this.max_lazy_match = 0;
      this.level = 0;
      this.strategy = 0;
      this.good_match = 0;
      this.nice_match = 0;
      this.dyn_ltree = new utils.Buf16(HEAP_SIZE * 2);
      this.dyn_dtree = new utils.Buf16((2 * D_CODES + 1) * 2);
      this.bl_tree = new utils.Buf16((2 * BL_CODES + 1) * 2);
      zero(this.dyn_ltree);
      zero(this.dyn_dtree);
      zero(this.bl_tree);
      this.l_desc = null;
      this.d_desc = null;
      this.bl_desc = null;
      this.bl_count = new utils.Buf16(MAX_BITS + 1);
      this.heap = new utils.Buf16(2 * L_CODES + 1);
      zero(this.heap);
      this.heap_len = 0;
      this.heap_max = 0;
      this.depth = new utils.Buf16(2 * L_CODES + 1);
      zero(this.depth);
      this.l_buf = 0;
      this.lit_bufsize = 0;
      this.last_lit = 0;
      this.d_buf = 0;
      this.opt_len = 0;
      this.static_len = 0;
      this.matches = 0;
      this.insert = 0;
      this.bi_buf = 0;
      this.bi_valid = 0;
    }
    function deflateResetKeep(strm) {
      var s;
      if (!strm || !strm.state) {
        return err(strm, Z_STREAM_ERROR);
      }
      strm.total_in = strm.total_out = 0;
      strm.data_type = Z_UNKNOWN;
      s = strm.state;
      s.pending = 0;
      s.pending_out = 0;
      if (s.wrap < 0) {
        s.wrap = -s.wrap;
      }
      s.status = s.wrap ? INIT_STATE : BUSY_STATE;
      strm.adler = s.wrap === 2 ? 0 : 1;
      s.last_flush = Z_NO_FLUSH;
      trees._tr_init(s);
      return Z_OK;
    }
    function deflateReset(strm) {
      var ret = deflateResetKeep(strm);
      if (ret === Z_OK) {
        lm_init(strm.state);
      }
      return ret;
    }
    function deflateSetHeader(strm, head) {
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      if (strm.state.wrap !== 2) {
        return Z_STREAM_ERROR;
      }
      strm.state.gzhead = head;
      return Z_OK;
    }
    function deflateInit2(strm, level, method, windowBits, memLevel, strategy) {
      if (!strm) {
        return Z_STREAM_ERROR;
      }
      var wrap = 1;
      if (level === Z_DEFAULT_COMPRESSION) {
        level = 6;
      }
      if (windowBits < 0) {
        wrap = 0;
        windowBits = -windowBits;
      } else if (windowBits > 15) {
        wrap = 2;
        windowBits -= 16;
      }
      if (memLevel < 1 || memLevel > MAX_MEM_LEVEL || method !== Z_DEFLATED || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 || strategy < 0 || strategy > Z_FIXED) {
        return err(strm, Z_STREAM_ERROR);
      }
      if (windowBits === 8) {
        windowBits = 9;
      }
      var s = new DeflateState();
      strm.state = s;
      s.strm = strm;
      s.wrap = wrap;
      s.gzhead = null;
      s.w_bits = windowBits;
      s.w_size = 1 << s.w_bits;
      s.w_mask = s.w_size - 1;
      s.hash_bits = memLevel + 7;
      s.hash_size = 1 << s.hash_bits;
      s.hash_mask = s.hash_size - 1;
      s.hash_shift = ~~((s.hash_bits + MIN_MATCH - 1) / MIN_MATCH);
      s.window = new utils.Buf8(s.w_size * 2);
      s.head = new utils.Buf16(s.hash_size);
      s.prev = new utils.Buf16(s.w_size);
      s.lit_bufsize = 1 << memLevel + 6;
      s.pending_buf_size = s.lit_bufsize * 4;
      s.pending_buf = new utils.Buf8(s.pending_buf_size);
      s.d_buf = 1 * s.lit_bufsize;
      s.l_buf = (1 + 2) * s.lit_bufsize;
      s.level = level;
      s.strategy = strategy;
      s.method = method;
      return deflateReset(strm);
    }
    function deflateInit(strm, level) {
      return deflateInit2(strm, level, Z_DEFLATED, MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    }
    function deflate(strm, flush) {
      var old_flush, s;
      var beg, val;
      if (!strm || !strm.state || flush > Z_BLOCK || flush < 0) {
        return strm ? err(strm, Z_STREAM_ERROR) : Z_STREAM_ERROR;
      }
      s = strm.state;
      if (!strm.output || !strm.input && strm.avail_in !== 0 || s.status === FINISH_STATE && flush !== Z_FINISH) {
        return err(strm, strm.avail_out === 0 ? Z_BUF_ERROR : Z_STREAM_ERROR);
      }
      s.strm = strm;
      old_flush = s.last_flush;
      s.last_flush = flush;
      if (s.status === INIT_STATE) {
        if (s.wrap === 2) {
          strm.adler = 0;
          put_byte(s, 31);
          put_byte(s, 139);
          put_byte(s, 8);
          if (!s.gzhead) {
            put_byte(s, 0);
            put_byte(s, 0);
            put_byte(s, 0);
            put_byte(s, 0);
            put_byte(s, 0);
            put_byte(s, s.level === 9 ? 2 : s.strategy >= Z_HUFFMAN_ONLY || s.level < 2 ? 4 : 0);
            put_byte(s, OS_CODE);
            s.status = BUSY_STATE;
          } else {
            put_byte(
              s,
              (s.gzhead.text ? 1 : 0) + (s.gzhead.hcrc ? 2 : 0) + (!s.gzhead.extra ? 0 : 4) + (!s.gzhead.name ? 0 : 8) + (!s.gzhead.comment ? 0 : 16)
            );
            put_byte(s, s.gzhead.time & 255);
            put_byte(s, s.gzhead.time >> 8 & 255);
            put_byte(s, s.gzhead.time >> 16 & 255);
            put_byte(s, s.gzhead.time >> 24 & 255);
            put_byte(s, s.level === 9 ? 2 : s.strategy >= Z_HUFFMAN_ONLY || s.level < 2 ? 4 : 0);
            put_byte(s, s.gzhead.os & 255);
            if (s.gzhead.extra && s.gzhead.extra.length) {
              put_byte(s, s.gzhead.extra.length & 255);
              put_byte(s, s.gzhead.extra.length >> 8 & 255);
            }
            if (s.gzhead.hcrc) {
              strm.adler = crc32(strm.adler, s.pending_buf, s.pending, 0);
            }
            s.gzindex = 0;
            s.status = EXTRA_STATE;
          }
        } else {
          var header2 = Z_DEFLATED + (s.w_bits - 8 << 4) << 8;
          var level_flags = -1;
          if (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2) {
            level_flags = 0;
          } else if (s.level < 6) {
            level_flags = 1;
          } else if (s.level === 6) {
            level_flags = 2;
          } else {
            level_flags = 3;
          }
          header2 |= level_flags << 6;
          if (s.strstart !== 0) {
            header2 |= PRESET_DICT;
          }
          header2 += 31 - header2 % 31;
          s.status = BUSY_STATE;
          putShortMSB(s, header2);
          if (s.strstart !== 0) {
            putShortMSB(s, strm.adler >>> 16);
            putShortMSB(s, strm.adler & 65535);
          }
          strm.adler = 1;
        }
      }
      if (s.status === EXTRA_STATE) {
        if (s.gzhead.extra) {
          beg = s.pending;
          while (s.gzindex < (s.gzhead.extra.length & 65535)) {
            if (s.pending === s.pending_buf_size) {
              if (s.gzhead.hcrc && s.pending > beg) {
                strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
              }
              flush_pending(strm);
              beg = s.pending;
              if (s.pending === s.pending_buf_size) {
                break;
              }
            }
            put_byte(s, s.gzhead.extra[s.gzindex] & 255);
            s.gzindex++;
          }
          if (s.gzhead.hcrc && s.pending > beg) {
            strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
          }
          if (s.gzindex === s.gzhead.extra.length) {
            s.gzindex = 0;
            s.status = NAME_STATE;
          }
        } else {
          s.status = NAME_STATE;
        }
      }
      if (s.status === NAME_STATE) {
        if (s.gzhead.name) {
          beg = s.pending;
          do {
            if (s.pending === s.pending_buf_size) {
              if (s.gzhead.hcrc && s.pending > beg) {
                strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
              }
              flush_pending(strm);
              beg = s.pending;
              if (s.pending === s.pending_buf_size) {
                val = 1;
                break;
              }
            }
            if (s.gzindex < s.gzhead.name.length) {
              val = s.gzhead.name.charCodeAt(s.gzindex++) & 255;
            } else {
              val = 0;
            }
            put_byte(s, val);
          } while (val !== 0);
          if (s.gzhead.hcrc && s.pending > beg) {
            strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
          }
          if (val === 0) {
            s.gzindex = 0;
            s.status = COMMENT_STATE;
          }
        } else {
          s.status = COMMENT_STATE;
        }
      }
      if (s.status === COMMENT_STATE) {
        if (s.gzhead.comment) {
          beg = s.pending;
          do {
            if (s.pending === s.pending_buf_size) {
              if (s.gzhead.hcrc && s.pending > beg) {
                strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
              }
              flush_pending(strm);
              beg = s.pending;
              if (s.pending === s.pending_buf_size) {
                val = 1;
                break;
              }
            }
            if (s.gzindex < s.gzhead.comment.length) {
              val = s.gzhead.comment.charCodeAt(s.gzindex++) & 255;
            } else {
              val = 0;
            }
            put_byte(s, val);
          } while (val !== 0);
          if (s.gzhead.hcrc && s.pending > beg) {
            strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
          }
          if (val === 0) {
            s.status = HCRC_STATE;
          }
        } else {
          s.status = HCRC_STATE;
        }
      }
      if (s.status === HCRC_STATE) {
        if (s.gzhead.hcrc) {
          if (s.pending + 2 > s.pending_buf_size) {
            flush_pending(strm);
          }
          if (s.pending + 2 <= s.pending_buf_size) {
            put_byte(s, strm.adler & 255);
            put_byte(s, strm.adler >> 8 & 255);
            strm.adler = 0;
            s.status = BUSY_STATE;
          }
        } else {
          s.status = BUSY_STATE;
        }
      }
      if (s.pending !== 0) {
        flush_pending(strm);
        if (strm.avail_out === 0) {
          s.last_flush = -1;
          return Z_OK;
        }
      } else if (strm.avail_in === 0 && rank(flush) <= rank(old_flush) && flush !== Z_FINISH) {
        return err(strm, Z_BUF_ERROR);
      }
      if (s.status === FINISH_STATE && strm.avail_in !== 0) {
        return err(strm, Z_BUF_ERROR);
      }
      if (strm.avail_in !== 0 || s.lookahead !== 0 || flush !== Z_NO_FLUSH && s.status !== FINISH_STATE) {
        var bstate = s.strategy === Z_HUFFMAN_ONLY ? deflate_huff(s, flush) : s.strategy === Z_RLE ? deflate_rle(s, flush) : configuration_table[s.level].func(s, flush);
        if (bstate === BS_FINISH_STARTED || bstate === BS_FINISH_DONE) {
          s.status = FINISH_STATE;
        }
        if (bstate === BS_NEED_MORE || bstate === BS_FINISH_STARTED) {
          if (strm.avail_out === 0) {
            s.last_flush = -1;
          }
          return Z_OK;
        }
        if (bstate === BS_BLOCK_DONE) {
          if (flush === Z_PARTIAL_FLUSH) {
            trees._tr_align(s);
          } else if (flush !== Z_BLOCK) {
            trees._tr_stored_block(s, 0, 0, false);
            if (flush === Z_FULL_FLUSH) {
              zero(s.head);
              if (s.lookahead === 0) {
                s.strstart = 0;
                s.block_start = 0;
                s.insert = 0;
              }
            }
          }
          flush_pending(strm);
          if (strm.avail_out === 0) {
            s.last_flush = -1;
            return Z_OK;
          }
        }
      }
      if (flush !== Z_FINISH) {
        return Z_OK;
      }
      if (s.wrap <= 0) {
        return Z_STREAM_END;
      }
      if (s.wrap === 2) {
        put_byte(s, strm.adler & 255);
        put_byte(s, strm.adler >> 8 & 255);
        put_byte(s, strm.adler >> 16 & 255);
        put_byte(s, strm.adler >> 24 & 255);
        put_byte(s, strm.total_in & 255);
        put_byte(s, strm.total_in >> 8 & 255);
        put_byte(s, strm.total_in >> 16 & 255);
        put_byte(s, strm.total_in >> 24 & 255);
      } else {
        putShortMSB(s, strm.adler >>> 16);
        putShortMSB(s, strm.adler & 65535);
      }
      flush_pending(strm);
      if (s.wrap > 0) {
        s.wrap = -s.wrap;
      }
      return s.pending !== 0 ? Z_OK : Z_STREAM_END;
    }
    function deflateEnd(strm) {
      var status;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      status = strm.state.status;
      if (status !== INIT_STATE && status !== EXTRA_STATE && status !== NAME_STATE && status !== COMMENT_STATE && status !== HCRC_STATE && status !== BUSY_STATE && status !== FINISH_STATE) {
        return err(strm, Z_STREAM_ERROR);
      }
      strm.state = null;
      return status === BUSY_STATE ? err(strm, Z_DATA_ERROR) : Z_OK;
    }
    function deflateSetDictionary(strm, dictionary) {
      var dictLength = dictionary.length;
      var s;
      var str, n;
      var wrap;
      var avail;
      var next;
      var input;
      var tmpDict;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      s = strm.state;
      wrap = s.wrap;
      if (wrap === 2 || wrap === 1 && s.status !== INIT_STATE || s.lookahead) {
        return Z_STREAM_ERROR;
      }
      if (wrap === 1) {
        strm.adler = adler32(strm.adler, dictionary, dictLength, 0);
      }
      s.wrap = 0;
      if (dictLength >= s.w_size) {
        if (wrap === 0) {
          zero(s.head);
          s.strstart = 0;
          s.block_start = 0;
          s.insert = 0;
        }
        tmpDict = new utils.Buf8(s.w_size);
        utils.arraySet(tmpDict, dictionary, dictLength - s.w_size, s.w_size, 0);
        dictionary = tmpDict;
        dictLength = s.w_size;
      }
      avail = strm.avail_in;
      next = strm.next_in;
      input = strm.input;
      strm.avail_in = dictLength;
      strm.next_in = 0;
      strm.input = dictionary;
      fill_window(s);
      while (s.lookahead >= MIN_MATCH) {
        str = s.strstart;
        n = s.lookahead - (MIN_MATCH - 1);
        do {
          s.ins_h = (s.ins_h << s.hash_shift ^ s.window[str + MIN_MATCH - 1]) & s.hash_mask;
          s.prev[str & s.w_mask] = s.head[s.ins_h];
          s.head[s.ins_h] = str;
          str++;
        } while (--n);
        s.strstart = str;
        s.lookahead = MIN_MATCH - 1;
        fill_window(s);
      }
      s.strstart += s.lookahead;
      s.block_start = s.strstart;
      s.insert = s.lookahead;
      s.lookahead = 0;
      s.match_length = s.prev_length = MIN_MATCH - 1;
      s.match_available = 0;
      strm.next_in = next;
      strm.input = input;
      strm.avail_in = avail;
      s.wrap = wrap;
      return Z_OK;
    }
    exports.deflateInit = deflateInit;
    exports.deflateInit2 = deflateInit2;
    exports.deflateReset = deflateReset;
    exports.deflateResetKeep = deflateResetKeep;
    exports.deflateSetHeader = deflateSetHeader;
    exports.deflate = deflate;
    exports.deflateEnd = deflateEnd;
    exports.deflateSetDictionary = deflateSetDictionary;
    exports.deflateInfo = "pako deflate (from Nodeca project)";
  }
});

// node_modules/pako/lib/utils/strings.js
var require_strings = __commonJS({
  "node_modules/pako/lib/utils/strings.js"(exports) {
    "use strict";
    var utils = require_common();
    var STR_APPLY_OK = true;
    var STR_APPLY_UIA_OK = true;
    try {
      String.fromCharCode.apply(null, [0]);
    } catch (__) {
      STR_APPLY_OK = false;
    }
    try {
      String.fromCharCode.apply(null, new Uint8Array(1));
    } catch (__) {
      STR_APPLY_UIA_OK = false;
    }
    var _utf8len = new utils.Buf8(256);
    for (q = 0; q < 256; q++) {
      _utf8len[q] = q >= 252 ? 6 : q >= 248 ? 5 : q >= 240 ? 4 : q >= 224 ? 3 : q >= 192 ? 2 : 1;
    }
    var q;
    _utf8len[254] = _utf8len[254] = 1;
    exports.string2buf = function(str) {
      var buf, c, c2, m_pos, i, str_len = str.length, buf_len = 0;
      for (m_pos = 0; m_pos < str_len; m_pos++) {
        c = str.charCodeAt(m_pos);
        if ((c & 64512) === 55296 && m_pos + 1 < str_len) {
          c2 = str.charCodeAt(m_pos + 1);
          if ((c2 & 64512) === 56320) {
            c = 65536 + (c - 55296 << 10) + (c2 - 56320);
            m_pos++;
          }
        }
        buf_len += c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : 4;
      }
      buf = new utils.Buf8(buf_len);
      for (i = 0, m_pos = 0; i < buf_len; m_pos++) {
        c = str.charCodeAt(m_pos);
        if ((c & 64512) === 55296 && m_pos + 1 < str_len) {
          c2 = str.charCodeAt(m_pos + 1);
          if ((c2 & 64512) === 56320) {
            c = 65536 + (c - 55296 << 10) + (c2 - 56320);
            m_pos++;
          }
        }
        if (c < 128) {
          buf[i++] = c;
        } else if (c < 2048) {
          buf[i++] = 192 | c >>> 6;
          buf[i++] = 128 | c & 63;
        } else if (c < 65536) {
          buf[i++] = 224 | c >>> 12;
          buf[i++] = 128 | c >>> 6 & 63;
          buf[i++] = 128 | c & 63;
        } else {
          buf[i++] = 240 | c >>> 18;
          buf[i++] = 128 | c >>> 12 & 63;
          buf[i++] = 128 | c >>> 6 & 63;
          buf[i++] = 128 | c & 63;
        }
      }
      return buf;
    };
    function buf2binstring(buf, len) {
      if (len < 65534) {
        if (buf.subarray && STR_APPLY_UIA_OK || !buf.subarray && STR_APPLY_OK) {
          return String.fromCharCode.apply(null, utils.shrinkBuf(buf, len));
        }
      }
      var result2 = "";
      for (var i = 0; i < len; i++) {
        result2 += String.fromCharCode(buf[i]);
      }
      return result2;
    }
    exports.buf2binstring = function(buf) {
      return buf2binstring(buf, buf.length);
    };
    exports.binstring2buf = function(str) {
      var buf = new utils.Buf8(str.length);
      for (var i = 0, len = buf.length; i < len; i++) {
        buf[i] = str.charCodeAt(i);
      }
      return buf;
    };
    exports.buf2string = function(buf, max) {
      var i, out, c, c_len;
      var len = max || buf.length;
      var utf16buf = new Array(len * 2);
      for (out = 0, i = 0; i < len; ) {
        c = buf[i++];
        if (c < 128) {
          utf16buf[out++] = c;
          continue;
        }
        c_len = _utf8len[c];
        if (c_len > 4) {
          utf16buf[out++] = 65533;
          i += c_len - 1;
          continue;
        }
        c &= c_len === 2 ? 31 : c_len === 3 ? 15 : 7;
        while (c_len > 1 && i < len) {
          c = c << 6 | buf[i++] & 63;
          c_len--;
        }
        if (c_len > 1) {
          utf16buf[out++] = 65533;
          continue;
        }
        if (c < 65536) {
          utf16buf[out++] = c;
        } else {
          c -= 65536;
          utf16buf[out++] = 55296 | c >> 10 & 1023;
          utf16buf[out++] = 56320 | c & 1023;
        }
      }
      return buf2binstring(utf16buf, out);
    };
    exports.utf8border = function(buf, max) {
      var pos;
      max = max || buf.length;
      if (max > buf.length) {
        max = buf.length;
      }
      pos = max - 1;
      while (pos >= 0 && (buf[pos] & 192) === 128) {
        pos--;
      }
      if (pos < 0) {
        return max;
      }
      if (pos === 0) {
        return max;
      }
      return pos + _utf8len[buf[pos]] > max ? pos : max;
    };
  }
});

// node_modules/pako/lib/zlib/zstream.js
var require_zstream = __commonJS({
  "node_modules/pako/lib/zlib/zstream.js"(exports, module) {
    "use strict";
    function ZStream() {
      this.input = null;
      this.next_in = 0;
      this.avail_in = 0;
      this.total_in = 0;
      this.output = null;
      this.next_out = 0;
      this.avail_out = 0;
      this.total_out = 0;
      this.msg = "";
      this.state = null;
      this.data_type = 2;
      this.adler = 0;
    }
    module.exports = ZStream;
  }
});

// node_modules/pako/lib/deflate.js
var require_deflate2 = __commonJS({
  "node_modules/pako/lib/deflate.js"(exports) {
    "use strict";
    var zlib_deflate = require_deflate();
    var utils = require_common();
    var strings = require_strings();
    var msg = require_messages();
    var ZStream = require_zstream();
    var toString = Object.prototype.toString;
    var Z_NO_FLUSH = 0;
    var Z_FINISH = 4;
    var Z_OK = 0;
    var Z_STREAM_END = 1;
    var Z_SYNC_FLUSH = 2;
    var Z_DEFAULT_COMPRESSION = -1;
    var Z_DEFAULT_STRATEGY = 0;
    var Z_DEFLATED = 8;
    function Deflate(options) {
      if (!(this instanceof Deflate)) return new Deflate(options);
      this.options = utils.assign({
        level: Z_DEFAULT_COMPRESSION,
        method: Z_DEFLATED,
        chunkSize: 16384,
        windowBits: 15,
        memLevel: 8,
        strategy: Z_DEFAULT_STRATEGY,
        to: ""
      }, options || {});
      var opt = this.options;
      if (opt.raw && opt.windowBits > 0) {
        opt.windowBits = -opt.windowBits;
      } else if (opt.gzip && opt.windowBits > 0 && opt.windowBits < 16) {
        opt.windowBits += 16;
      }
      this.err = 0;
      this.msg = "";
      this.ended = false;
      this.chunks = [];
      this.strm = new ZStream();
      this.strm.avail_out = 0;
      var status = zlib_deflate.deflateInit2(
        this.strm,
        opt.level,
        opt.method,
        opt.windowBits,
        opt.memLevel,
        opt.strategy
      );
      if (status !== Z_OK) {
        throw new Error(msg[status]);
      }
      if (opt.header) {
        zlib_deflate.deflateSetHeader(this.strm, opt.header);
      }
      if (opt.dictionary) {
        var dict;
        if (typeof opt.dictionary === "string") {
          dict = strings.string2buf(opt.dictionary);
        } else if (toString.call(opt.dictionary) === "[object ArrayBuffer]") {
          dict = new Uint8Array(opt.dictionary);
        } else {
          dict = opt.dictionary;
        }
        status = zlib_deflate.deflateSetDictionary(this.strm, dict);
        if (status !== Z_OK) {
          throw new Error(msg[status]);
        }
        this._dict_set = true;
      }
    }
    Deflate.prototype.push = function(data, mode) {
      var strm = this.strm;
      var chunkSize = this.options.chunkSize;
      var status, _mode;
      if (this.ended) {
        return false;
      }
      _mode = mode === ~~mode ? mode : mode === true ? Z_FINISH : Z_NO_FLUSH;
      if (typeof data === "string") {
        strm.input = strings.string2buf(data);
      } else if (toString.call(data) === "[object ArrayBuffer]") {
        strm.input = new Uint8Array(data);
      } else {
        strm.input = data;
      }
      strm.next_in = 0;
      strm.avail_in = strm.input.length;
      do {
        if (strm.avail_out === 0) {
          strm.output = new utils.Buf8(chunkSize);
          strm.next_out = 0;
          strm.avail_out = chunkSize;
        }
        status = zlib_deflate.deflate(strm, _mode);
        if (status !== Z_STREAM_END && status !== Z_OK) {
          this.onEnd(status);
          this.ended = true;
          return false;
        }
        if (strm.avail_out === 0 || strm.avail_in === 0 && (_mode === Z_FINISH || _mode === Z_SYNC_FLUSH)) {
          if (this.options.to === "string") {
            this.onData(strings.buf2binstring(utils.shrinkBuf(strm.output, strm.next_out)));
          } else {
            this.onData(utils.shrinkBuf(strm.output, strm.next_out));
          }
        }
      } while ((strm.avail_in > 0 || strm.avail_out === 0) && status !== Z_STREAM_END);
      if (_mode === Z_FINISH) {
        status = zlib_deflate.deflateEnd(this.strm);
        this.onEnd(status);
        this.ended = true;
        return status === Z_OK;
      }
      if (_mode === Z_SYNC_FLUSH) {
        this.onEnd(Z_OK);
        strm.avail_out = 0;
        return true;
      }
      return true;
    };
    Deflate.prototype.onData = function(chunk2) {
      this.chunks.push(chunk2);
    };
    Deflate.prototype.onEnd = function(status) {
      if (status === Z_OK) {
        if (this.options.to === "string") {
          this.result = this.chunks.join("");
        } else {
          this.result = utils.flattenChunks(this.chunks);
        }
      }
      this.chunks = [];
      this.err = status;
      this.msg = this.strm.msg;
    };
    function deflate(input, options) {
      var deflator = new Deflate(options);
      deflator.push(input, true);
      if (deflator.err) {
        throw deflator.msg || msg[deflator.err];
      }
      return deflator.result;
    }
    function deflateRaw(input, options) {
      options = options || {};
      options.raw = true;
      return deflate(input, options);
    }
    function gzip(input, options) {
      options = options || {};
      options.gzip = true;
      return deflate(input, options);
    }
    exports.Deflate = Deflate;
    exports.deflate = deflate;
    exports.deflateRaw = deflateRaw;
    exports.gzip = gzip;
  }
});

// node_modules/pako/lib/zlib/inffast.js
var require_inffast = __commonJS({
  "node_modules/pako/lib/zlib/inffast.js"(exports, module) {
    "use strict";
    var BAD = 30;
    var TYPE = 12;
    module.exports = function inflate_fast(strm, start) {
      var state;
      var _in;
      var last;
      var _out;
      var beg;
      var end;
      var dmax;
      var wsize;
      var whave;
      var wnext;
      var s_window;
      var hold;
      var bits;
      var lcode;
      var dcode;
      var lmask;
      var dmask;
      var here;
      var op;
      var len;
      var dist;
      var from;
      var from_source;
      var input, output;
      state = strm.state;
      _in = strm.next_in;
      input = strm.input;
      last = _in + (strm.avail_in - 5);
      _out = strm.next_out;
      output = strm.output;
      beg = _out - (start - strm.avail_out);
      end = _out + (strm.avail_out - 257);
      dmax = state.dmax;
      wsize = state.wsize;
      whave = state.whave;
      wnext = state.wnext;
      s_window = state.window;
      hold = state.hold;
      bits = state.bits;
      lcode = state.lencode;
      dcode = state.distcode;
      lmask = (1 << state.lenbits) - 1;
      dmask = (1 << state.distbits) - 1;
      top:
        do {
          if (bits < 15) {
            hold += input[_in++] << bits;
            bits += 8;
            hold += input[_in++] << bits;
            bits += 8;
          }
          here = lcode[hold & lmask];
          dolen:
            for (; ; ) {
              op = here >>> 24;
              hold >>>= op;
              bits -= op;
              op = here >>> 16 & 255;
              if (op === 0) {
                output[_out++] = here & 65535;
              } else if (op & 16) {
                len = here & 65535;
                op &= 15;
                if (op) {
                  if (bits < op) {
                    hold += input[_in++] << bits;
                    bits += 8;
                  }
                  len += hold & (1 << op) - 1;
                  hold >>>= op;
                  bits -= op;
                }
                if (bits < 15) {
                  hold += input[_in++] << bits;
                  bits += 8;
                  hold += input[_in++] << bits;
                  bits += 8;
                }
                here = dcode[hold & dmask];
                dodist:
                  for (; ; ) {
                    op = here >>> 24;
                    hold >>>= op;
                    bits -= op;
                    op = here >>> 16 & 255;
                    if (op & 16) {
                      dist = here & 65535;
                      op &= 15;
                      if (bits < op) {
                        hold += input[_in++] << bits;
                        bits += 8;
                        if (bits < op) {
                          hold += input[_in++] << bits;
                          bits += 8;
                        }
                      }
                      dist += hold & (1 << op) - 1;
                      if (dist > dmax) {
                        strm.msg = "invalid distance too far back";
                        state.mode = BAD;
                        break top;
                      }
                      hold >>>= op;
                      bits -= op;
                      op = _out - beg;
                      if (dist > op) {
                        op = dist - op;
                        if (op > whave) {
                          if (state.sane) {
                            strm.msg = "invalid distance too far back";
                            state.mode = BAD;
                            break top;
                          }
                        }
                        from = 0;
                        from_source = s_window;
                        if (wnext === 0) {
                          from += wsize - op;
                          if (op < len) {
                            len -= op;
                            do {
                              output[_out++] = s_window[from++];
                            } while (--op);
                            from = _out - dist;
                            from_source = output;
                          }
                        } else if (wnext < op) {
                          from += wsize + wnext - op;
                          op -= wnext;
                          if (op < len) {
                            len -= op;
                            do {
                              output[_out++] = s_window[from++];
                            } while (--op);
                            from = 0;
                            if (wnext < len) {
                              op = wnext;
                              len -= op;
                              do {
                                output[_out++] = s_window[from++];
                              } while (--op);
                              from = _out - dist;
                              from_source = output;
                            }
                          }
                        } else {
                          from += wnext - op;
                          if (op < len) {
                            len -= op;
                            do {
                              output[_out++] = s_window[from++];
                            } while (--op);
                            from = _out - dist;
                            from_source = output;
                          }
                        }
                        while (len > 2) {
                          output[_out++] = from_source[from++];
                          output[_out++] = from_source[from++];
                          output[_out++] = from_source[from++];
                          len -= 3;
                        }
                        if (len) {
                          output[_out++] = from_source[from++];
                          if (len > 1) {
                            output[_out++] = from_source[from++];
                          }
                        }
                      } else {
                        from = _out - dist;
                        do {
                          output[_out++] = output[from++];
                          output[_out++] = output[from++];
                          output[_out++] = output[from++];
                          len -= 3;
                        } while (len > 2);
                        if (len) {
                          output[_out++] = output[from++];
                          if (len > 1) {
                            output[_out++] = output[from++];
                          }
                        }
                      }
                    } else if ((op & 64) === 0) {
                      here = dcode[(here & 65535) + (hold & (1 << op) - 1)];
                      continue dodist;
                    } else {
                      strm.msg = "invalid distance code";
                      state.mode = BAD;
                      break top;
                    }
                    break;
                  }
              } else if ((op & 64) === 0) {
                here = lcode[(here & 65535) + (hold & (1 << op) - 1)];
                continue dolen;
              } else if (op & 32) {
                state.mode = TYPE;
                break top;
              } else {
                strm.msg = "invalid literal/length code";
                state.mode = BAD;
                break top;
              }
              break;
            }
        } while (_in < last && _out < end);
      len = bits >> 3;
      _in -= len;
      bits -= len << 3;
      hold &= (1 << bits) - 1;
      strm.next_in = _in;
      strm.next_out = _out;
      strm.avail_in = _in < last ? 5 + (last - _in) : 5 - (_in - last);
      strm.avail_out = _out < end ? 257 + (end - _out) : 257 - (_out - end);
      state.hold = hold;
      state.bits = bits;
      return;
    };
  }
});

// node_modules/pako/lib/zlib/inftrees.js
var require_inftrees = __commonJS({
  "node_modules/pako/lib/zlib/inftrees.js"(exports, module) {
    "use strict";
    var utils = require_common();
    var MAXBITS = 15;
    var ENOUGH_LENS = 852;
    var ENOUGH_DISTS = 592;
    var CODES = 0;
    var LENS = 1;
    var DISTS = 2;
    var lbase = [
      /* Length codes 257..285 base */
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      13,
      15,
      17,
      19,
      23,
      27,
      31,
      35,
      43,
      51,
      59,
      67,
      83,
      99,
      115,
      131,
      163,
      195,
      227,
      258,
      0,
      0
    ];
    var lext = [
      /* Length codes 257..285 extra */
      16,
      16,
      16,
      16,
      16,
      16,
      16,
      16,
      17,
      17,
      17,
      17,
      18,
      18,
      18,
      18,
      19,
      19,
      19,
      19,
      20,
      20,
      20,
      20,
      21,
      21,
      21,
      21,
      16,
      72,
      78
    ];
    var dbase = [
      /* Distance codes 0..29 base */
      1,
      2,
      3,
      4,
      5,
      7,
      9,
      13,
      17,
      25,
      33,
      49,
      65,
      97,
      129,
      193,
      257,
      385,
      513,
      769,
      1025,
      1537,
      2049,
      3073,
      4097,
      6145,
      8193,
      12289,
      16385,
      24577,
      0,
      0
    ];
    var dext = [
      /* Distance codes 0..29 extra */
      16,
      16,
      16,
      16,
      17,
      17,
      18,
      18,
      19,
      19,
      20,
      20,
      21,
      21,
      22,
      22,
      23,
      23,
      24,
      24,
      25,
      25,
      26,
      26,
      27,
      27,
      28,
      28,
      29,
      29,
      64,
      64
    ];
    module.exports = function inflate_table(type, lens, lens_index, codes, table2, table_index, work, opts) {
      var bits = opts.bits;
      var len = 0;
      var sym = 0;
      var min = 0, max = 0;
      var root = 0;
      var curr = 0;
      var drop = 0;
      var left = 0;
      var used = 0;
      var huff = 0;
      var incr;
      var fill;
      var low;
      var mask;
      var next;
      var base = null;
      var base_index = 0;
      var end;
      var count = new utils.Buf16(MAXBITS + 1);
      var offs = new utils.Buf16(MAXBITS + 1);
      var extra = null;
      var extra_index = 0;
      var here_bits, here_op, here_val;
      for (len = 0; len <= MAXBITS; len++) {
        count[len] = 0;
      }
      for (sym = 0; sym < codes; sym++) {
        count[lens[lens_index + sym]]++;
      }
      root = bits;
      for (max = MAXBITS; max >= 1; max--) {
        if (count[max] !== 0) {
          break;
        }
      }
      if (root > max) {
        root = max;
      }
      if (max === 0) {
        table2[table_index++] = 1 << 24 | 64 << 16 | 0;
        table2[table_index++] = 1 << 24 | 64 << 16 | 0;
        opts.bits = 1;
        return 0;
      }
      for (min = 1; min < max; min++) {
        if (count[min] !== 0) {
          break;
        }
      }
      if (root < min) {
        root = min;
      }
      left = 1;
      for (len = 1; len <= MAXBITS; len++) {
        left <<= 1;
        left -= count[len];
        if (left < 0) {
          return -1;
        }
      }
      if (left > 0 && (type === CODES || max !== 1)) {
        return -1;
      }
      offs[1] = 0;
      for (len = 1; len < MAXBITS; len++) {
        offs[len + 1] = offs[len] + count[len];
      }
      for (sym = 0; sym < codes; sym++) {
        if (lens[lens_index + sym] !== 0) {
          work[offs[lens[lens_index + sym]]++] = sym;
        }
      }
      if (type === CODES) {
        base = extra = work;
        end = 19;
      } else if (type === LENS) {
        base = lbase;
        base_index -= 257;
        extra = lext;
        extra_index -= 257;
        end = 256;
      } else {
        base = dbase;
        extra = dext;
        end = -1;
      }
      huff = 0;
      sym = 0;
      len = min;
      next = table_index;
      curr = root;
      drop = 0;
      low = -1;
      used = 1 << root;
      mask = used - 1;
      if (type === LENS && used > ENOUGH_LENS || type === DISTS && used > ENOUGH_DISTS) {
        return 1;
      }
      for (; ; ) {
        here_bits = len - drop;
        if (work[sym] < end) {
          here_op = 0;
          here_val = work[sym];
        } else if (work[sym] > end) {
          here_op = extra[extra_index + work[sym]];
          here_val = base[base_index + work[sym]];
        } else {
          here_op = 32 + 64;
          here_val = 0;
        }
        incr = 1 << len - drop;
        fill = 1 << curr;
        min = fill;
        do {
          fill -= incr;
          table2[next + (huff >> drop) + fill] = here_bits << 24 | here_op << 16 | here_val | 0;
        } while (fill !== 0);
        incr = 1 << len - 1;
        while (huff & incr) {
          incr >>= 1;
        }
        if (incr !== 0) {
          huff &= incr - 1;
          huff += incr;
        } else {
          huff = 0;
        }
        sym++;
        if (--count[len] === 0) {
          if (len === max) {
            break;
          }
          len = lens[lens_index + work[sym]];
        }
        if (len > root && (huff & mask) !== low) {
          if (drop === 0) {
            drop = root;
          }
          next += min;
          curr = len - drop;
          left = 1 << curr;
          while (curr + drop < max) {
            left -= count[curr + drop];
            if (left <= 0) {
              break;
            }
            curr++;
            left <<= 1;
          }
          used += 1 << curr;
          if (type === LENS && used > ENOUGH_LENS || type === DISTS && used > ENOUGH_DISTS) {
            return 1;
          }
          low = huff & mask;
          table2[low] = root << 24 | curr << 16 | next - table_index | 0;
        }
      }
      if (huff !== 0) {
        table2[next + huff] = len - drop << 24 | 64 << 16 | 0;
      }
      opts.bits = root;
      return 0;
    };
  }
});

// node_modules/pako/lib/zlib/inflate.js
var require_inflate = __commonJS({
  "node_modules/pako/lib/zlib/inflate.js"(exports) {
    "use strict";
    var utils = require_common();
    var adler32 = require_adler32();
    var crc32 = require_crc322();
    var inflate_fast = require_inffast();
    var inflate_table = require_inftrees();
    var CODES = 0;
    var LENS = 1;
    var DISTS = 2;
    var Z_FINISH = 4;
    var Z_BLOCK = 5;
    var Z_TREES = 6;
    var Z_OK = 0;
    var Z_STREAM_END = 1;
    var Z_NEED_DICT = 2;
    var Z_STREAM_ERROR = -2;
    var Z_DATA_ERROR = -3;
    var Z_MEM_ERROR = -4;
    var Z_BUF_ERROR = -5;
    var Z_DEFLATED = 8;
    var HEAD = 1;
    var FLAGS = 2;
    var TIME = 3;
    var OS = 4;
    var EXLEN = 5;
    var EXTRA = 6;
    var NAME = 7;
    var COMMENT = 8;
    var HCRC = 9;
    var DICTID = 10;
    var DICT = 11;
    var TYPE = 12;
    var TYPEDO = 13;
    var STORED = 14;
    var COPY_ = 15;
    var COPY = 16;
    var TABLE = 17;
    var LENLENS = 18;
    var CODELENS = 19;
    var LEN_ = 20;
    var LEN = 21;
    var LENEXT = 22;
    var DIST = 23;
    var DISTEXT = 24;
    var MATCH = 25;
    var LIT = 26;
    var CHECK = 27;
    var LENGTH = 28;
    var DONE = 29;
    var BAD = 30;
    var MEM = 31;
    var SYNC = 32;
    var ENOUGH_LENS = 852;
    var ENOUGH_DISTS = 592;
    var MAX_WBITS = 15;
    var DEF_WBITS = MAX_WBITS;
    function zswap32(q) {
      return (q >>> 24 & 255) + (q >>> 8 & 65280) + ((q & 65280) << 8) + ((q & 255) << 24);
    }
    function InflateState() {
      this.mode = 0;
      this.last = false;
      this.wrap = 0;
      this.havedict = false;
      this.flags = 0;
      this.dmax = 0;
      this.check = 0;
      this.total = 0;
      this.head = null;
      this.wbits = 0;
      this.wsize = 0;
      this.whave = 0;
      this.wnext = 0;
      this.window = null;
      this.hold = 0;
      this.bits = 0;
      this.length = 0;
      this.offset = 0;
      this.extra = 0;
      this.lencode = null;
      this.distcode = null;
      this.lenbits = 0;
      this.distbits = 0;
      this.ncode = 0;
      this.nlen = 0;
      this.ndist = 0;
      this.have = 0;
      this.next = null;
      this.lens = new utils.Buf16(320);
      this.work = new utils.Buf16(288);
      this.lendyn = null;
      this.distdyn = null;
      this.sane = 0;
      this.back = 0;
      this.was = 0;
    }
    function inflateResetKeep(strm) {
      var state;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      strm.total_in = strm.total_out = state.total = 0;
      strm.msg = "";
      if (state.wrap) {
        strm.adler = state.wrap & 1;
      }
      state.mode = HEAD;
      state.last = 0;
      state.havedict = 0;
      state.dmax = 32768;
      state.head = null;
      state.hold = 0;
      state.bits = 0;
      state.lencode = state.lendyn = new utils.Buf32(ENOUGH_LENS);
      state.distcode = state.distdyn = new utils.Buf32(ENOUGH_DISTS);
      state.sane = 1;
      state.back = -1;
      return Z_OK;
    }
    function inflateReset(strm) {
      var state;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      state.wsize = 0;
      state.whave = 0;
      state.wnext = 0;
      return inflateResetKeep(strm);
    }
    function inflateReset2(strm, windowBits) {
      var wrap;
      var state;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      if (windowBits < 0) {
        wrap = 0;
        windowBits = -windowBits;
      } else {
        wrap = (windowBits >> 4) + 1;
        if (windowBits < 48) {
          windowBits &= 15;
        }
      }
      if (windowBits && (windowBits < 8 || windowBits > 15)) {
        return Z_STREAM_ERROR;
      }
      if (state.window !== null && state.wbits !== windowBits) {
        state.window = null;
      }
      state.wrap = wrap;
      state.wbits = windowBits;
      return inflateReset(strm);
    }
    function inflateInit2(strm, windowBits) {
      var ret;
      var state;
      if (!strm) {
        return Z_STREAM_ERROR;
      }
      state = new InflateState();
      strm.state = state;
      state.window = null;
      ret = inflateReset2(strm, windowBits);
      if (ret !== Z_OK) {
        strm.state = null;
      }
      return ret;
    }
    function inflateInit(strm) {
      return inflateInit2(strm, DEF_WBITS);
    }
    var virgin = true;
    var lenfix;
    var distfix;
    function fixedtables(state) {
      if (virgin) {
        var sym;
        lenfix = new utils.Buf32(512);
        distfix = new utils.Buf32(32);
        sym = 0;
        while (sym < 144) {
          state.lens[sym++] = 8;
        }
        while (sym < 256) {
          state.lens[sym++] = 9;
        }
        while (sym < 280) {
          state.lens[sym++] = 7;
        }
        while (sym < 288) {
          state.lens[sym++] = 8;
        }
        inflate_table(LENS, state.lens, 0, 288, lenfix, 0, state.work, { bits: 9 });
        sym = 0;
        while (sym < 32) {
          state.lens[sym++] = 5;
        }
        inflate_table(DISTS, state.lens, 0, 32, distfix, 0, state.work, { bits: 5 });
        virgin = false;
      }
      state.lencode = lenfix;
      state.lenbits = 9;
      state.distcode = distfix;
      state.distbits = 5;
    }
    function updatewindow(strm, src, end, copy) {
      var dist;
      var state = strm.state;
      if (state.window === null) {
        state.wsize = 1 << state.wbits;
        state.wnext = 0;
        state.whave = 0;
        state.window = new utils.Buf8(state.wsize);
      }
      if (copy >= state.wsize) {
        utils.arraySet(state.window, src, end - state.wsize, state.wsize, 0);
        state.wnext = 0;
        state.whave = state.wsize;
      } else {
        dist = state.wsize - state.wnext;
        if (dist > copy) {
          dist = copy;
        }
        utils.arraySet(state.window, src, end - copy, dist, state.wnext);
        copy -= dist;
        if (copy) {
          utils.arraySet(state.window, src, end - copy, copy, 0);
          state.wnext = copy;
          state.whave = state.wsize;
        } else {
          state.wnext += dist;
          if (state.wnext === state.wsize) {
            state.wnext = 0;
          }
          if (state.whave < state.wsize) {
            state.whave += dist;
          }
        }
      }
      return 0;
    }
    function inflate(strm, flush) {
      var state;
      var input, output;
      var next;
      var put;
      var have, left;
      var hold;
      var bits;
      var _in, _out;
      var copy;
      var from;
      var from_source;
      var here = 0;
      var here_bits, here_op, here_val;
      var last_bits, last_op, last_val;
      var len;
      var ret;
      var hbuf = new utils.Buf8(4);
      var opts;
      var n;
      var order2 = (
        /* permutation of code lengths */
        [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
      );
      if (!strm || !strm.state || !strm.output || !strm.input && strm.avail_in !== 0) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      if (state.mode === TYPE) {
        state.mode = TYPEDO;
      }
      put = strm.next_out;
      output = strm.output;
      left = strm.avail_out;
      next = strm.next_in;
      input = strm.input;
      have = strm.avail_in;
      hold = state.hold;
      bits = state.bits;
      _in = have;
      _out = left;
      ret = Z_OK;
      inf_leave:
        for (; ; ) {
          switch (state.mode) {
            case HEAD:
              if (state.wrap === 0) {
                state.mode = TYPEDO;
                break;
              }
              while (bits < 16) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if (state.wrap & 2 && hold === 35615) {
                state.check = 0;
                hbuf[0] = hold & 255;
                hbuf[1] = hold >>> 8 & 255;
                state.check = crc32(state.check, hbuf, 2, 0);
                hold = 0;
                bits = 0;
                state.mode = FLAGS;
                break;
              }
              state.flags = 0;
              if (state.head) {
                state.head.done = false;
              }
              if (!(state.wrap & 1) || /* check if zlib header allowed */
              (((hold & 255) << 8) + (hold >> 8)) % 31) {
                strm.msg = "incorrect header check";
                state.mode = BAD;
                break;
              }
              if ((hold & 15) !== Z_DEFLATED) {
                strm.msg = "unknown compression method";
                state.mode = BAD;
                break;
              }
              hold >>>= 4;
              bits -= 4;
              len = (hold & 15) + 8;
              if (state.wbits === 0) {
                state.wbits = len;
              } else if (len > state.wbits) {
                strm.msg = "invalid window size";
                state.mode = BAD;
                break;
              }
              state.dmax = 1 << len;
              strm.adler = state.check = 1;
              state.mode = hold & 512 ? DICTID : TYPE;
              hold = 0;
              bits = 0;
              break;
            case FLAGS:
              while (bits < 16) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              state.flags = hold;
              if ((state.flags & 255) !== Z_DEFLATED) {
                strm.msg = "unknown compression method";
                state.mode = BAD;
                break;
              }
              if (state.flags & 57344) {
                strm.msg = "unknown header flags set";
                state.mode = BAD;
                break;
              }
              if (state.head) {
                state.head.text = hold >> 8 & 1;
              }
              if (state.flags & 512) {
                hbuf[0] = hold & 255;
                hbuf[1] = hold >>> 8 & 255;
                state.check = crc32(state.check, hbuf, 2, 0);
              }
              hold = 0;
              bits = 0;
              state.mode = TIME;
            /* falls through */
            case TIME:
              while (bits < 32) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if (state.head) {
                state.head.time = hold;
              }
              if (state.flags & 512) {
                hbuf[0] = hold & 255;
                hbuf[1] = hold >>> 8 & 255;
                hbuf[2] = hold >>> 16 & 255;
                hbuf[3] = hold >>> 24 & 255;
                state.check = crc32(state.check, hbuf, 4, 0);
              }
              hold = 0;
              bits = 0;
              state.mode = OS;
            /* falls through */
            case OS:
              while (bits < 16) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if (state.head) {
                state.head.xflags = hold & 255;
                state.head.os = hold >> 8;
              }
              if (state.flags & 512) {
                hbuf[0] = hold & 255;
                hbuf[1] = hold >>> 8 & 255;
                state.check = crc32(state.check, hbuf, 2, 0);
              }
              hold = 0;
              bits = 0;
              state.mode = EXLEN;
            /* falls through */
            case EXLEN:
              if (state.flags & 1024) {
                while (bits < 16) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                state.length = hold;
                if (state.head) {
                  state.head.extra_len = hold;
                }
                if (state.flags & 512) {
                  hbuf[0] = hold & 255;
                  hbuf[1] = hold >>> 8 & 255;
                  state.check = crc32(state.check, hbuf, 2, 0);
                }
                hold = 0;
                bits = 0;
              } else if (state.head) {
                state.head.extra = null;
              }
              state.mode = EXTRA;
            /* falls through */
            case EXTRA:
              if (state.flags & 1024) {
                copy = state.length;
                if (copy > have) {
                  copy = have;
                }
                if (copy) {
                  if (state.head) {
                    len = state.head.extra_len - state.length;
                    if (!state.head.extra) {
                      state.head.extra = new Array(state.head.extra_len);
                    }
                    utils.arraySet(
                      state.head.extra,
                      input,
                      next,
                      // extra field is limited to 65536 bytes
                      // - no need for additional size check
                      copy,
                      /*len + copy > state.head.extra_max - len ? state.head.extra_max : copy,*/
                      len
                    );
                  }
                  if (state.flags & 512) {
                    state.check = crc32(state.check, input, copy, next);
                  }
                  have -= copy;
                  next += copy;
                  state.length -= copy;
                }
                if (state.length) {
                  break inf_leave;
                }
              }
              state.length = 0;
              state.mode = NAME;
            /* falls through */
            case NAME:
              if (state.flags & 2048) {
                if (have === 0) {
                  break inf_leave;
                }
                copy = 0;
                do {
                  len = input[next + copy++];
                  if (state.head && len && state.length < 65536) {
                    state.head.name += String.fromCharCode(len);
                  }
                } while (len && copy < have);
                if (state.flags & 512) {
                  state.check = crc32(state.check, input, copy, next);
                }
                have -= copy;
                next += copy;
                if (len) {
                  break inf_leave;
                }
              } else if (state.head) {
                state.head.name = null;
              }
              state.length = 0;
              state.mode = COMMENT;
            /* falls through */
            case COMMENT:
              if (state.flags & 4096) {
                if (have === 0) {
                  break inf_leave;
                }
                copy = 0;
                do {
                  len = input[next + copy++];
                  if (state.head && len && state.length < 65536) {
                    state.head.comment += String.fromCharCode(len);
                  }
                } while (len && copy < have);
                if (state.flags & 512) {
                  state.check = crc32(state.check, input, copy, next);
                }
                have -= copy;
                next += copy;
                if (len) {
                  break inf_leave;
                }
              } else if (state.head) {
                state.head.comment = null;
              }
              state.mode = HCRC;
            /* falls through */
            case HCRC:
              if (state.flags & 512) {
                while (bits < 16) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                if (hold !== (state.check & 65535)) {
                  strm.msg = "header crc mismatch";
                  state.mode = BAD;
                  break;
                }
                hold = 0;
                bits = 0;
              }
              if (state.head) {
                state.head.hcrc = state.flags >> 9 & 1;
                state.head.done = true;
              }
              strm.adler = state.check = 0;
              state.mode = TYPE;
              break;
            case DICTID:
              while (bits < 32) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              strm.adler = state.check = zswap32(hold);
              hold = 0;
              bits = 0;
              state.mode = DICT;
            /* falls through */
            case DICT:
              if (state.havedict === 0) {
                strm.next_out = put;
                strm.avail_out = left;
                strm.next_in = next;
                strm.avail_in = have;
                state.hold = hold;
                state.bits = bits;
                return Z_NEED_DICT;
              }
              strm.adler = state.check = 1;
              state.mode = TYPE;
            /* falls through */
            case TYPE:
              if (flush === Z_BLOCK || flush === Z_TREES) {
                break inf_leave;
              }
            /* falls through */
            case TYPEDO:
              if (state.last) {
                hold >>>= bits & 7;
                bits -= bits & 7;
                state.mode = CHECK;
                break;
              }
              while (bits < 3) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              state.last = hold & 1;
              hold >>>= 1;
              bits -= 1;
              switch (hold & 3) {
                case 0:
                  state.mode = STORED;
                  break;
                case 1:
                  fixedtables(state);
                  state.mode = LEN_;
                  if (flush === Z_TREES) {
                    hold >>>= 2;
                    bits -= 2;
                    break inf_leave;
                  }
                  break;
                case 2:
                  state.mode = TABLE;
                  break;
                case 3:
                  strm.msg = "invalid block type";
                  state.mode = BAD;
              }
              hold >>>= 2;
              bits -= 2;
              break;
            case STORED:
              hold >>>= bits & 7;
              bits -= bits & 7;
              while (bits < 32) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if ((hold & 65535) !== (hold >>> 16 ^ 65535)) {
                strm.msg = "invalid stored block lengths";
                state.mode = BAD;
                break;
              }
              state.length = hold & 65535;
              hold = 0;
              bits = 0;
              state.mode = COPY_;
              if (flush === Z_TREES) {
                break inf_leave;
              }
            /* falls through */
            case COPY_:
              state.mode = COPY;
            /* falls through */
            case COPY:
              copy = state.length;
              if (copy) {
                if (copy > have) {
                  copy = have;
                }
                if (copy > left) {
                  copy = left;
                }
                if (copy === 0) {
                  break inf_leave;
                }
                utils.arraySet(output, input, next, copy, put);
                have -= copy;
                next += copy;
                left -= copy;
                put += copy;
                state.length -= copy;
                break;
              }
              state.mode = TYPE;
              break;
            case TABLE:
              while (bits < 14) {
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              state.nlen = (hold & 31) + 257;
              hold >>>= 5;
              bits -= 5;
              state.ndist = (hold & 31) + 1;
              hold >>>= 5;
              bits -= 5;
              state.ncode = (hold & 15) + 4;
              hold >>>= 4;
              bits -= 4;
              if (state.nlen > 286 || state.ndist > 30) {
                strm.msg = "too many length or distance symbols";
                state.mode = BAD;
                break;
              }
              state.have = 0;
              state.mode = LENLENS;
            /* falls through */
            case LENLENS:
              while (state.have < state.ncode) {
                while (bits < 3) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                state.lens[order2[state.have++]] = hold & 7;
                hold >>>= 3;
                bits -= 3;
              }
              while (state.have < 19) {
                state.lens[order2[state.have++]] = 0;
              }
              state.lencode = state.lendyn;
              state.lenbits = 7;
              opts = { bits: state.lenbits };
              ret = inflate_table(CODES, state.lens, 0, 19, state.lencode, 0, state.work, opts);
              state.lenbits = opts.bits;
              if (ret) {
                strm.msg = "invalid code lengths set";
                state.mode = BAD;
                break;
              }
              state.have = 0;
              state.mode = CODELENS;
            /* falls through */
            case CODELENS:
              while (state.have < state.nlen + state.ndist) {
                for (; ; ) {
                  here = state.lencode[hold & (1 << state.lenbits) - 1];
                  here_bits = here >>> 24;
                  here_op = here >>> 16 & 255;
                  here_val = here & 65535;
                  if (here_bits <= bits) {
                    break;
                  }
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                if (here_val < 16) {
                  hold >>>= here_bits;
                  bits -= here_bits;
                  state.lens[state.have++] = here_val;
                } else {
                  if (here_val === 16) {
                    n = here_bits + 2;
                    while (bits < n) {
                      if (have === 0) {
                        break inf_leave;
                      }
                      have--;
                      hold += input[next++] << bits;
                      bits += 8;
                    }
                    hold >>>= here_bits;
                    bits -= here_bits;
                    if (state.have === 0) {
                      strm.msg = "invalid bit length repeat";
                      state.mode = BAD;
                      break;
                    }
                    len = state.lens[state.have - 1];
                    copy = 3 + (hold & 3);
                    hold >>>= 2;
                    bits -= 2;
                  } else if (here_val === 17) {
                    n = here_bits + 3;
                    while (bits < n) {
                      if (have === 0) {
                        break inf_leave;
                      }
                      have--;
                      hold += input[next++] << bits;
                      bits += 8;
                    }
                    hold >>>= here_bits;
                    bits -= here_bits;
                    len = 0;
                    copy = 3 + (hold & 7);
                    hold >>>= 3;
                    bits -= 3;
                  } else {
                    n = here_bits + 7;
                    while (bits < n) {
                      if (have === 0) {
                        break inf_leave;
                      }
                      have--;
                      hold += input[next++] << bits;
                      bits += 8;
                    }
                    hold >>>= here_bits;
                    bits -= here_bits;
                    len = 0;
                    copy = 11 + (hold & 127);
                    hold >>>= 7;
                    bits -= 7;
                  }
                  if (state.have + copy > state.nlen + state.ndist) {
                    strm.msg = "invalid bit length repeat";
                    state.mode = BAD;
                    break;
                  }
                  while (copy--) {
                    state.lens[state.have++] = len;
                  }
                }
              }
              if (state.mode === BAD) {
                break;
              }
              if (state.lens[256] === 0) {
                strm.msg = "invalid code -- missing end-of-block";
                state.mode = BAD;
                break;
              }
              state.lenbits = 9;
              opts = { bits: state.lenbits };
              ret = inflate_table(LENS, state.lens, 0, state.nlen, state.lencode, 0, state.work, opts);
              state.lenbits = opts.bits;
              if (ret) {
                strm.msg = "invalid literal/lengths set";
                state.mode = BAD;
                break;
              }
              state.distbits = 6;
              state.distcode = state.distdyn;
              opts = { bits: state.distbits };
              ret = inflate_table(DISTS, state.lens, state.nlen, state.ndist, state.distcode, 0, state.work, opts);
              state.distbits = opts.bits;
              if (ret) {
                strm.msg = "invalid distances set";
                state.mode = BAD;
                break;
              }
              state.mode = LEN_;
              if (flush === Z_TREES) {
                break inf_leave;
              }
            /* falls through */
            case LEN_:
              state.mode = LEN;
            /* falls through */
            case LEN:
              if (have >= 6 && left >= 258) {
                strm.next_out = put;
                strm.avail_out = left;
                strm.next_in = next;
                strm.avail_in = have;
                state.hold = hold;
                state.bits = bits;
                inflate_fast(strm, _out);
                put = strm.next_out;
                output = strm.output;
                left = strm.avail_out;
                next = strm.next_in;
                input = strm.input;
                have = strm.avail_in;
                hold = state.hold;
                bits = state.bits;
                if (state.mode === TYPE) {
                  state.back = -1;
                }
                break;
              }
              state.back = 0;
              for (; ; ) {
                here = state.lencode[hold & (1 << state.lenbits) - 1];
                here_bits = here >>> 24;
                here_op = here >>> 16 & 255;
                here_val = here & 65535;
                if (here_bits <= bits) {
                  break;
                }
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if (here_op && (here_op & 240) === 0) {
                last_bits = here_bits;
                last_op = here_op;
                last_val = here_val;
                for (; ; ) {
                  here = state.lencode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
                  here_bits = here >>> 24;
                  here_op = here >>> 16 & 255;
                  here_val = here & 65535;
                  if (last_bits + here_bits <= bits) {
                    break;
                  }
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                hold >>>= last_bits;
                bits -= last_bits;
                state.back += last_bits;
              }
              hold >>>= here_bits;
              bits -= here_bits;
              state.back += here_bits;
              state.length = here_val;
              if (here_op === 0) {
                state.mode = LIT;
                break;
              }
              if (here_op & 32) {
                state.back = -1;
                state.mode = TYPE;
                break;
              }
              if (here_op & 64) {
                strm.msg = "invalid literal/length code";
                state.mode = BAD;
                break;
              }
              state.extra = here_op & 15;
              state.mode = LENEXT;
            /* falls through */
            case LENEXT:
              if (state.extra) {
                n = state.extra;
                while (bits < n) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                state.length += hold & (1 << state.extra) - 1;
                hold >>>= state.extra;
                bits -= state.extra;
                state.back += state.extra;
              }
              state.was = state.length;
              state.mode = DIST;
            /* falls through */
            case DIST:
              for (; ; ) {
                here = state.distcode[hold & (1 << state.distbits) - 1];
                here_bits = here >>> 24;
                here_op = here >>> 16 & 255;
                here_val = here & 65535;
                if (here_bits <= bits) {
                  break;
                }
                if (have === 0) {
                  break inf_leave;
                }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              if ((here_op & 240) === 0) {
                last_bits = here_bits;
                last_op = here_op;
                last_val = here_val;
                for (; ; ) {
                  here = state.distcode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
                  here_bits = here >>> 24;
                  here_op = here >>> 16 & 255;
                  here_val = here & 65535;
                  if (last_bits + here_bits <= bits) {
                    break;
                  }
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                hold >>>= last_bits;
                bits -= last_bits;
                state.back += last_bits;
              }
              hold >>>= here_bits;
              bits -= here_bits;
              state.back += here_bits;
              if (here_op & 64) {
                strm.msg = "invalid distance code";
                state.mode = BAD;
                break;
              }
              state.offset = here_val;
              state.extra = here_op & 15;
              state.mode = DISTEXT;
            /* falls through */
            case DISTEXT:
              if (state.extra) {
                n = state.extra;
                while (bits < n) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                state.offset += hold & (1 << state.extra) - 1;
                hold >>>= state.extra;
                bits -= state.extra;
                state.back += state.extra;
              }
              if (state.offset > state.dmax) {
                strm.msg = "invalid distance too far back";
                state.mode = BAD;
                break;
              }
              state.mode = MATCH;
            /* falls through */
            case MATCH:
              if (left === 0) {
                break inf_leave;
              }
              copy = _out - left;
              if (state.offset > copy) {
                copy = state.offset - copy;
                if (copy > state.whave) {
                  if (state.sane) {
                    strm.msg = "invalid distance too far back";
                    state.mode = BAD;
                    break;
                  }
                }
                if (copy > state.wnext) {
                  copy -= state.wnext;
                  from = state.wsize - copy;
                } else {
                  from = state.wnext - copy;
                }
                if (copy > state.length) {
                  copy = state.length;
                }
                from_source = state.window;
              } else {
                from_source = output;
                from = put - state.offset;
                copy = state.length;
              }
              if (copy > left) {
                copy = left;
              }
              left -= copy;
              state.length -= copy;
              do {
                output[put++] = from_source[from++];
              } while (--copy);
              if (state.length === 0) {
                state.mode = LEN;
              }
              break;
            case LIT:
              if (left === 0) {
                break inf_leave;
              }
              output[put++] = state.length;
              left--;
              state.mode = LEN;
              break;
            case CHECK:
              if (state.wrap) {
                while (bits < 32) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold |= input[next++] << bits;
                  bits += 8;
                }
                _out -= left;
                strm.total_out += _out;
                state.total += _out;
                if (_out) {
                  strm.adler = state.check = /*UPDATE(state.check, put - _out, _out);*/
                  state.flags ? crc32(state.check, output, _out, put - _out) : adler32(state.check, output, _out, put - _out);
                }
                _out = left;
                if ((state.flags ? hold : zswap32(hold)) !== state.check) {
                  strm.msg = "incorrect data check";
                  state.mode = BAD;
                  break;
                }
                hold = 0;
                bits = 0;
              }
              state.mode = LENGTH;
            /* falls through */
            case LENGTH:
              if (state.wrap && state.flags) {
                while (bits < 32) {
                  if (have === 0) {
                    break inf_leave;
                  }
                  have--;
                  hold += input[next++] << bits;
                  bits += 8;
                }
                if (hold !== (state.total & 4294967295)) {
                  strm.msg = "incorrect length check";
                  state.mode = BAD;
                  break;
                }
                hold = 0;
                bits = 0;
              }
              state.mode = DONE;
            /* falls through */
            case DONE:
              ret = Z_STREAM_END;
              break inf_leave;
            case BAD:
              ret = Z_DATA_ERROR;
              break inf_leave;
            case MEM:
              return Z_MEM_ERROR;
            case SYNC:
            /* falls through */
            default:
              return Z_STREAM_ERROR;
          }
        }
      strm.next_out = put;
      strm.avail_out = left;
      strm.next_in = next;
      strm.avail_in = have;
      state.hold = hold;
      state.bits = bits;
      if (state.wsize || _out !== strm.avail_out && state.mode < BAD && (state.mode < CHECK || flush !== Z_FINISH)) {
        if (updatewindow(strm, strm.output, strm.next_out, _out - strm.avail_out)) {
          state.mode = MEM;
          return Z_MEM_ERROR;
        }
      }
      _in -= strm.avail_in;
      _out -= strm.avail_out;
      strm.total_in += _in;
      strm.total_out += _out;
      state.total += _out;
      if (state.wrap && _out) {
        strm.adler = state.check = /*UPDATE(state.check, strm.next_out - _out, _out);*/
        state.flags ? crc32(state.check, output, _out, strm.next_out - _out) : adler32(state.check, output, _out, strm.next_out - _out);
      }
      strm.data_type = state.bits + (state.last ? 64 : 0) + (state.mode === TYPE ? 128 : 0) + (state.mode === LEN_ || state.mode === COPY_ ? 256 : 0);
      if ((_in === 0 && _out === 0 || flush === Z_FINISH) && ret === Z_OK) {
        ret = Z_BUF_ERROR;
      }
      return ret;
    }
    function inflateEnd(strm) {
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      var state = strm.state;
      if (state.window) {
        state.window = null;
      }
      strm.state = null;
      return Z_OK;
    }
    function inflateGetHeader(strm, head) {
      var state;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      if ((state.wrap & 2) === 0) {
        return Z_STREAM_ERROR;
      }
      state.head = head;
      head.done = false;
      return Z_OK;
    }
    function inflateSetDictionary(strm, dictionary) {
      var dictLength = dictionary.length;
      var state;
      var dictid;
      var ret;
      if (!strm || !strm.state) {
        return Z_STREAM_ERROR;
      }
      state = strm.state;
      if (state.wrap !== 0 && state.mode !== DICT) {
        return Z_STREAM_ERROR;
      }
      if (state.mode === DICT) {
        dictid = 1;
        dictid = adler32(dictid, dictionary, dictLength, 0);
        if (dictid !== state.check) {
          return Z_DATA_ERROR;
        }
      }
      ret = updatewindow(strm, dictionary, dictLength, dictLength);
      if (ret) {
        state.mode = MEM;
        return Z_MEM_ERROR;
      }
      state.havedict = 1;
      return Z_OK;
    }
    exports.inflateReset = inflateReset;
    exports.inflateReset2 = inflateReset2;
    exports.inflateResetKeep = inflateResetKeep;
    exports.inflateInit = inflateInit;
    exports.inflateInit2 = inflateInit2;
    exports.inflate = inflate;
    exports.inflateEnd = inflateEnd;
    exports.inflateGetHeader = inflateGetHeader;
    exports.inflateSetDictionary = inflateSetDictionary;
    exports.inflateInfo = "pako inflate (from Nodeca project)";
  }
});

// node_modules/pako/lib/zlib/constants.js
var require_constants = __commonJS({
  "node_modules/pako/lib/zlib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      /* Allowed flush values; see deflate() and inflate() below for details */
      Z_NO_FLUSH: 0,
      Z_PARTIAL_FLUSH: 1,
      Z_SYNC_FLUSH: 2,
      Z_FULL_FLUSH: 3,
      Z_FINISH: 4,
      Z_BLOCK: 5,
      Z_TREES: 6,
      /* Return codes for the compression/decompression functions. Negative values
      * are errors, positive values are used for special but normal events.
      */
      Z_OK: 0,
      Z_STREAM_END: 1,
      Z_NEED_DICT: 2,
      Z_ERRNO: -1,
      Z_STREAM_ERROR: -2,
      Z_DATA_ERROR: -3,
      //Z_MEM_ERROR:     -4,
      Z_BUF_ERROR: -5,
      //Z_VERSION_ERROR: -6,
      /* compression levels */
      Z_NO_COMPRESSION: 0,
      Z_BEST_SPEED: 1,
      Z_BEST_COMPRESSION: 9,
      Z_DEFAULT_COMPRESSION: -1,
      Z_FILTERED: 1,
      Z_HUFFMAN_ONLY: 2,
      Z_RLE: 3,
      Z_FIXED: 4,
      Z_DEFAULT_STRATEGY: 0,
      /* Possible values of the data_type field (though see inflate()) */
      Z_BINARY: 0,
      Z_TEXT: 1,
      //Z_ASCII:                1, // = Z_TEXT (deprecated)
      Z_UNKNOWN: 2,
      /* The deflate compression method */
      Z_DEFLATED: 8
      //Z_NULL:                 null // Use -1 or null inline, depending on var type
    };
  }
});

// node_modules/pako/lib/zlib/gzheader.js
var require_gzheader = __commonJS({
  "node_modules/pako/lib/zlib/gzheader.js"(exports, module) {
    "use strict";
    function GZheader() {
      this.text = 0;
      this.time = 0;
      this.xflags = 0;
      this.os = 0;
      this.extra = null;
      this.extra_len = 0;
      this.name = "";
      this.comment = "";
      this.hcrc = 0;
      this.done = false;
    }
    module.exports = GZheader;
  }
});

// node_modules/pako/lib/inflate.js
var require_inflate2 = __commonJS({
  "node_modules/pako/lib/inflate.js"(exports) {
    "use strict";
    var zlib_inflate = require_inflate();
    var utils = require_common();
    var strings = require_strings();
    var c = require_constants();
    var msg = require_messages();
    var ZStream = require_zstream();
    var GZheader = require_gzheader();
    var toString = Object.prototype.toString;
    function Inflate(options) {
      if (!(this instanceof Inflate)) return new Inflate(options);
      this.options = utils.assign({
        chunkSize: 16384,
        windowBits: 0,
        to: ""
      }, options || {});
      var opt = this.options;
      if (opt.raw && opt.windowBits >= 0 && opt.windowBits < 16) {
        opt.windowBits = -opt.windowBits;
        if (opt.windowBits === 0) {
          opt.windowBits = -15;
        }
      }
      if (opt.windowBits >= 0 && opt.windowBits < 16 && !(options && options.windowBits)) {
        opt.windowBits += 32;
      }
      if (opt.windowBits > 15 && opt.windowBits < 48) {
        if ((opt.windowBits & 15) === 0) {
          opt.windowBits |= 15;
        }
      }
      this.err = 0;
      this.msg = "";
      this.ended = false;
      this.chunks = [];
      this.strm = new ZStream();
      this.strm.avail_out = 0;
      var status = zlib_inflate.inflateInit2(
        this.strm,
        opt.windowBits
      );
      if (status !== c.Z_OK) {
        throw new Error(msg[status]);
      }
      this.header = new GZheader();
      zlib_inflate.inflateGetHeader(this.strm, this.header);
      if (opt.dictionary) {
        if (typeof opt.dictionary === "string") {
          opt.dictionary = strings.string2buf(opt.dictionary);
        } else if (toString.call(opt.dictionary) === "[object ArrayBuffer]") {
          opt.dictionary = new Uint8Array(opt.dictionary);
        }
        if (opt.raw) {
          status = zlib_inflate.inflateSetDictionary(this.strm, opt.dictionary);
          if (status !== c.Z_OK) {
            throw new Error(msg[status]);
          }
        }
      }
    }
    Inflate.prototype.push = function(data, mode) {
      var strm = this.strm;
      var chunkSize = this.options.chunkSize;
      var dictionary = this.options.dictionary;
      var status, _mode;
      var next_out_utf8, tail, utf8str;
      var allowBufError = false;
      if (this.ended) {
        return false;
      }
      _mode = mode === ~~mode ? mode : mode === true ? c.Z_FINISH : c.Z_NO_FLUSH;
      if (typeof data === "string") {
        strm.input = strings.binstring2buf(data);
      } else if (toString.call(data) === "[object ArrayBuffer]") {
        strm.input = new Uint8Array(data);
      } else {
        strm.input = data;
      }
      strm.next_in = 0;
      strm.avail_in = strm.input.length;
      do {
        if (strm.avail_out === 0) {
          strm.output = new utils.Buf8(chunkSize);
          strm.next_out = 0;
          strm.avail_out = chunkSize;
        }
        status = zlib_inflate.inflate(strm, c.Z_NO_FLUSH);
        if (status === c.Z_NEED_DICT && dictionary) {
          status = zlib_inflate.inflateSetDictionary(this.strm, dictionary);
        }
        if (status === c.Z_BUF_ERROR && allowBufError === true) {
          status = c.Z_OK;
          allowBufError = false;
        }
        if (status !== c.Z_STREAM_END && status !== c.Z_OK) {
          this.onEnd(status);
          this.ended = true;
          return false;
        }
        if (strm.next_out) {
          if (strm.avail_out === 0 || status === c.Z_STREAM_END || strm.avail_in === 0 && (_mode === c.Z_FINISH || _mode === c.Z_SYNC_FLUSH)) {
            if (this.options.to === "string") {
              next_out_utf8 = strings.utf8border(strm.output, strm.next_out);
              tail = strm.next_out - next_out_utf8;
              utf8str = strings.buf2string(strm.output, next_out_utf8);
              strm.next_out = tail;
              strm.avail_out = chunkSize - tail;
              if (tail) {
                utils.arraySet(strm.output, strm.output, next_out_utf8, tail, 0);
              }
              this.onData(utf8str);
            } else {
              this.onData(utils.shrinkBuf(strm.output, strm.next_out));
            }
          }
        }
        if (strm.avail_in === 0 && strm.avail_out === 0) {
          allowBufError = true;
        }
      } while ((strm.avail_in > 0 || strm.avail_out === 0) && status !== c.Z_STREAM_END);
      if (status === c.Z_STREAM_END) {
        _mode = c.Z_FINISH;
      }
      if (_mode === c.Z_FINISH) {
        status = zlib_inflate.inflateEnd(this.strm);
        this.onEnd(status);
        this.ended = true;
        return status === c.Z_OK;
      }
      if (_mode === c.Z_SYNC_FLUSH) {
        this.onEnd(c.Z_OK);
        strm.avail_out = 0;
        return true;
      }
      return true;
    };
    Inflate.prototype.onData = function(chunk2) {
      this.chunks.push(chunk2);
    };
    Inflate.prototype.onEnd = function(status) {
      if (status === c.Z_OK) {
        if (this.options.to === "string") {
          this.result = this.chunks.join("");
        } else {
          this.result = utils.flattenChunks(this.chunks);
        }
      }
      this.chunks = [];
      this.err = status;
      this.msg = this.strm.msg;
    };
    function inflate(input, options) {
      var inflator = new Inflate(options);
      inflator.push(input, true);
      if (inflator.err) {
        throw inflator.msg || msg[inflator.err];
      }
      return inflator.result;
    }
    function inflateRaw(input, options) {
      options = options || {};
      options.raw = true;
      return inflate(input, options);
    }
    exports.Inflate = Inflate;
    exports.inflate = inflate;
    exports.inflateRaw = inflateRaw;
    exports.ungzip = inflate;
  }
});

// node_modules/pako/index.js
var require_pako = __commonJS({
  "node_modules/pako/index.js"(exports, module) {
    "use strict";
    var assign = require_common().assign;
    var deflate = require_deflate2();
    var inflate = require_inflate2();
    var constants = require_constants();
    var pako = {};
    assign(pako, deflate, inflate, constants);
    module.exports = pako;
  }
});

// node_modules/jszip/lib/flate.js
var require_flate = __commonJS({
  "node_modules/jszip/lib/flate.js"(exports) {
    "use strict";
    var USE_TYPEDARRAY = typeof Uint8Array !== "undefined" && typeof Uint16Array !== "undefined" && typeof Uint32Array !== "undefined";
    var pako = require_pako();
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    var ARRAY_TYPE = USE_TYPEDARRAY ? "uint8array" : "array";
    exports.magic = "\b\0";
    function FlateWorker(action, options) {
      GenericWorker.call(this, "FlateWorker/" + action);
      this._pako = null;
      this._pakoAction = action;
      this._pakoOptions = options;
      this.meta = {};
    }
    utils.inherits(FlateWorker, GenericWorker);
    FlateWorker.prototype.processChunk = function(chunk2) {
      this.meta = chunk2.meta;
      if (this._pako === null) {
        this._createPako();
      }
      this._pako.push(utils.transformTo(ARRAY_TYPE, chunk2.data), false);
    };
    FlateWorker.prototype.flush = function() {
      GenericWorker.prototype.flush.call(this);
      if (this._pako === null) {
        this._createPako();
      }
      this._pako.push([], true);
    };
    FlateWorker.prototype.cleanUp = function() {
      GenericWorker.prototype.cleanUp.call(this);
      this._pako = null;
    };
    FlateWorker.prototype._createPako = function() {
      this._pako = new pako[this._pakoAction]({
        raw: true,
        level: this._pakoOptions.level || -1
        // default compression
      });
      var self2 = this;
      this._pako.onData = function(data) {
        self2.push({
          data,
          meta: self2.meta
        });
      };
    };
    exports.compressWorker = function(compressionOptions) {
      return new FlateWorker("Deflate", compressionOptions);
    };
    exports.uncompressWorker = function() {
      return new FlateWorker("Inflate", {});
    };
  }
});

// node_modules/jszip/lib/compressions.js
var require_compressions = __commonJS({
  "node_modules/jszip/lib/compressions.js"(exports) {
    "use strict";
    var GenericWorker = require_GenericWorker();
    exports.STORE = {
      magic: "\0\0",
      compressWorker: function() {
        return new GenericWorker("STORE compression");
      },
      uncompressWorker: function() {
        return new GenericWorker("STORE decompression");
      }
    };
    exports.DEFLATE = require_flate();
  }
});

// node_modules/jszip/lib/signature.js
var require_signature = __commonJS({
  "node_modules/jszip/lib/signature.js"(exports) {
    "use strict";
    exports.LOCAL_FILE_HEADER = "PK";
    exports.CENTRAL_FILE_HEADER = "PK";
    exports.CENTRAL_DIRECTORY_END = "PK";
    exports.ZIP64_CENTRAL_DIRECTORY_LOCATOR = "PK\x07";
    exports.ZIP64_CENTRAL_DIRECTORY_END = "PK";
    exports.DATA_DESCRIPTOR = "PK\x07\b";
  }
});

// node_modules/jszip/lib/generate/ZipFileWorker.js
var require_ZipFileWorker = __commonJS({
  "node_modules/jszip/lib/generate/ZipFileWorker.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    var utf8 = require_utf8();
    var crc32 = require_crc32();
    var signature = require_signature();
    var decToHex = function(dec, bytes) {
      var hex = "", i;
      for (i = 0; i < bytes; i++) {
        hex += String.fromCharCode(dec & 255);
        dec = dec >>> 8;
      }
      return hex;
    };
    var generateUnixExternalFileAttr = function(unixPermissions, isDir) {
      var result2 = unixPermissions;
      if (!unixPermissions) {
        result2 = isDir ? 16893 : 33204;
      }
      return (result2 & 65535) << 16;
    };
    var generateDosExternalFileAttr = function(dosPermissions) {
      return (dosPermissions || 0) & 63;
    };
    var generateZipParts = function(streamInfo, streamedContent, streamingEnded, offset, platform, encodeFileName) {
      var file = streamInfo["file"], compression = streamInfo["compression"], useCustomEncoding = encodeFileName !== utf8.utf8encode, encodedFileName = utils.transformTo("string", encodeFileName(file.name)), utfEncodedFileName = utils.transformTo("string", utf8.utf8encode(file.name)), comment = file.comment, encodedComment = utils.transformTo("string", encodeFileName(comment)), utfEncodedComment = utils.transformTo("string", utf8.utf8encode(comment)), useUTF8ForFileName = utfEncodedFileName.length !== file.name.length, useUTF8ForComment = utfEncodedComment.length !== comment.length, dosTime, dosDate, extraFields = "", unicodePathExtraField = "", unicodeCommentExtraField = "", dir = file.dir, date2 = file.date;
      var dataInfo = {
        crc32: 0,
        compressedSize: 0,
        uncompressedSize: 0
      };
      if (!streamedContent || streamingEnded) {
        dataInfo.crc32 = streamInfo["crc32"];
        dataInfo.compressedSize = streamInfo["compressedSize"];
        dataInfo.uncompressedSize = streamInfo["uncompressedSize"];
      }
      var bitflag = 0;
      if (streamedContent) {
        bitflag |= 8;
      }
      if (!useCustomEncoding && (useUTF8ForFileName || useUTF8ForComment)) {
        bitflag |= 2048;
      }
      var extFileAttr = 0;
      var versionMadeBy = 0;
      if (dir) {
        extFileAttr |= 16;
      }
      if (platform === "UNIX") {
        versionMadeBy = 798;
        extFileAttr |= generateUnixExternalFileAttr(file.unixPermissions, dir);
      } else {
        versionMadeBy = 20;
        extFileAttr |= generateDosExternalFileAttr(file.dosPermissions, dir);
      }
      dosTime = date2.getUTCHours();
      dosTime = dosTime << 6;
      dosTime = dosTime | date2.getUTCMinutes();
      dosTime = dosTime << 5;
      dosTime = dosTime | date2.getUTCSeconds() / 2;
      dosDate = date2.getUTCFullYear() - 1980;
      dosDate = dosDate << 4;
      dosDate = dosDate | date2.getUTCMonth() + 1;
      dosDate = dosDate << 5;
      dosDate = dosDate | date2.getUTCDate();
      if (useUTF8ForFileName) {
        unicodePathExtraField = // Version
        decToHex(1, 1) + // NameCRC32
        decToHex(crc32(encodedFileName), 4) + // UnicodeName
        utfEncodedFileName;
        extraFields += // Info-ZIP Unicode Path Extra Field
        "up" + // size
        decToHex(unicodePathExtraField.length, 2) + // content
        unicodePathExtraField;
      }
      if (useUTF8ForComment) {
        unicodeCommentExtraField = // Version
        decToHex(1, 1) + // CommentCRC32
        decToHex(crc32(encodedComment), 4) + // UnicodeName
        utfEncodedComment;
        extraFields += // Info-ZIP Unicode Path Extra Field
        "uc" + // size
        decToHex(unicodeCommentExtraField.length, 2) + // content
        unicodeCommentExtraField;
      }
      var header2 = "";
      header2 += "\n\0";
      header2 += decToHex(bitflag, 2);
      header2 += compression.magic;
      header2 += decToHex(dosTime, 2);
      header2 += decToHex(dosDate, 2);
      header2 += decToHex(dataInfo.crc32, 4);
      header2 += decToHex(dataInfo.compressedSize, 4);
      header2 += decToHex(dataInfo.uncompressedSize, 4);
      header2 += decToHex(encodedFileName.length, 2);
      header2 += decToHex(extraFields.length, 2);
      var fileRecord = signature.LOCAL_FILE_HEADER + header2 + encodedFileName + extraFields;
      var dirRecord = signature.CENTRAL_FILE_HEADER + // version made by (00: DOS)
      decToHex(versionMadeBy, 2) + // file header (common to file and central directory)
      header2 + // file comment length
      decToHex(encodedComment.length, 2) + // disk number start
      "\0\0\0\0" + // external file attributes
      decToHex(extFileAttr, 4) + // relative offset of local header
      decToHex(offset, 4) + // file name
      encodedFileName + // extra field
      extraFields + // file comment
      encodedComment;
      return {
        fileRecord,
        dirRecord
      };
    };
    var generateCentralDirectoryEnd = function(entriesCount, centralDirLength, localDirLength, comment, encodeFileName) {
      var dirEnd = "";
      var encodedComment = utils.transformTo("string", encodeFileName(comment));
      dirEnd = signature.CENTRAL_DIRECTORY_END + // number of this disk
      "\0\0\0\0" + // total number of entries in the central directory on this disk
      decToHex(entriesCount, 2) + // total number of entries in the central directory
      decToHex(entriesCount, 2) + // size of the central directory   4 bytes
      decToHex(centralDirLength, 4) + // offset of start of central directory with respect to the starting disk number
      decToHex(localDirLength, 4) + // .ZIP file comment length
      decToHex(encodedComment.length, 2) + // .ZIP file comment
      encodedComment;
      return dirEnd;
    };
    var generateDataDescriptors = function(streamInfo) {
      var descriptor = "";
      descriptor = signature.DATA_DESCRIPTOR + // crc-32                          4 bytes
      decToHex(streamInfo["crc32"], 4) + // compressed size                 4 bytes
      decToHex(streamInfo["compressedSize"], 4) + // uncompressed size               4 bytes
      decToHex(streamInfo["uncompressedSize"], 4);
      return descriptor;
    };
    function ZipFileWorker(streamFiles, comment, platform, encodeFileName) {
      GenericWorker.call(this, "ZipFileWorker");
      this.bytesWritten = 0;
      this.zipComment = comment;
      this.zipPlatform = platform;
      this.encodeFileName = encodeFileName;
      this.streamFiles = streamFiles;
      this.accumulate = false;
      this.contentBuffer = [];
      this.dirRecords = [];
      this.currentSourceOffset = 0;
      this.entriesCount = 0;
      this.currentFile = null;
      this._sources = [];
    }
    utils.inherits(ZipFileWorker, GenericWorker);
    ZipFileWorker.prototype.push = function(chunk2) {
      var currentFilePercent = chunk2.meta.percent || 0;
      var entriesCount = this.entriesCount;
      var remainingFiles = this._sources.length;
      if (this.accumulate) {
        this.contentBuffer.push(chunk2);
      } else {
        this.bytesWritten += chunk2.data.length;
        GenericWorker.prototype.push.call(this, {
          data: chunk2.data,
          meta: {
            currentFile: this.currentFile,
            percent: entriesCount ? (currentFilePercent + 100 * (entriesCount - remainingFiles - 1)) / entriesCount : 100
          }
        });
      }
    };
    ZipFileWorker.prototype.openedSource = function(streamInfo) {
      this.currentSourceOffset = this.bytesWritten;
      this.currentFile = streamInfo["file"].name;
      var streamedContent = this.streamFiles && !streamInfo["file"].dir;
      if (streamedContent) {
        var record = generateZipParts(streamInfo, streamedContent, false, this.currentSourceOffset, this.zipPlatform, this.encodeFileName);
        this.push({
          data: record.fileRecord,
          meta: { percent: 0 }
        });
      } else {
        this.accumulate = true;
      }
    };
    ZipFileWorker.prototype.closedSource = function(streamInfo) {
      this.accumulate = false;
      var streamedContent = this.streamFiles && !streamInfo["file"].dir;
      var record = generateZipParts(streamInfo, streamedContent, true, this.currentSourceOffset, this.zipPlatform, this.encodeFileName);
      this.dirRecords.push(record.dirRecord);
      if (streamedContent) {
        this.push({
          data: generateDataDescriptors(streamInfo),
          meta: { percent: 100 }
        });
      } else {
        this.push({
          data: record.fileRecord,
          meta: { percent: 0 }
        });
        while (this.contentBuffer.length) {
          this.push(this.contentBuffer.shift());
        }
      }
      this.currentFile = null;
    };
    ZipFileWorker.prototype.flush = function() {
      var localDirLength = this.bytesWritten;
      for (var i = 0; i < this.dirRecords.length; i++) {
        this.push({
          data: this.dirRecords[i],
          meta: { percent: 100 }
        });
      }
      var centralDirLength = this.bytesWritten - localDirLength;
      var dirEnd = generateCentralDirectoryEnd(this.dirRecords.length, centralDirLength, localDirLength, this.zipComment, this.encodeFileName);
      this.push({
        data: dirEnd,
        meta: { percent: 100 }
      });
    };
    ZipFileWorker.prototype.prepareNextSource = function() {
      this.previous = this._sources.shift();
      this.openedSource(this.previous.streamInfo);
      if (this.isPaused) {
        this.previous.pause();
      } else {
        this.previous.resume();
      }
    };
    ZipFileWorker.prototype.registerPrevious = function(previous) {
      this._sources.push(previous);
      var self2 = this;
      previous.on("data", function(chunk2) {
        self2.processChunk(chunk2);
      });
      previous.on("end", function() {
        self2.closedSource(self2.previous.streamInfo);
        if (self2._sources.length) {
          self2.prepareNextSource();
        } else {
          self2.end();
        }
      });
      previous.on("error", function(e) {
        self2.error(e);
      });
      return this;
    };
    ZipFileWorker.prototype.resume = function() {
      if (!GenericWorker.prototype.resume.call(this)) {
        return false;
      }
      if (!this.previous && this._sources.length) {
        this.prepareNextSource();
        return true;
      }
      if (!this.previous && !this._sources.length && !this.generatedError) {
        this.end();
        return true;
      }
    };
    ZipFileWorker.prototype.error = function(e) {
      var sources = this._sources;
      if (!GenericWorker.prototype.error.call(this, e)) {
        return false;
      }
      for (var i = 0; i < sources.length; i++) {
        try {
          sources[i].error(e);
        } catch (e2) {
        }
      }
      return true;
    };
    ZipFileWorker.prototype.lock = function() {
      GenericWorker.prototype.lock.call(this);
      var sources = this._sources;
      for (var i = 0; i < sources.length; i++) {
        sources[i].lock();
      }
    };
    module.exports = ZipFileWorker;
  }
});

// node_modules/jszip/lib/generate/index.js
var require_generate = __commonJS({
  "node_modules/jszip/lib/generate/index.js"(exports) {
    "use strict";
    var compressions = require_compressions();
    var ZipFileWorker = require_ZipFileWorker();
    var getCompression = function(fileCompression, zipCompression) {
      var compressionName = fileCompression || zipCompression;
      var compression = compressions[compressionName];
      if (!compression) {
        throw new Error(compressionName + " is not a valid compression method !");
      }
      return compression;
    };
    exports.generateWorker = function(zip, options, comment) {
      var zipFileWorker = new ZipFileWorker(options.streamFiles, comment, options.platform, options.encodeFileName);
      var entriesCount = 0;
      try {
        zip.forEach(function(relativePath, file) {
          entriesCount++;
          var compression = getCompression(file.options.compression, options.compression);
          var compressionOptions = file.options.compressionOptions || options.compressionOptions || {};
          var dir = file.dir, date2 = file.date;
          file._compressWorker(compression, compressionOptions).withStreamInfo("file", {
            name: relativePath,
            dir,
            date: date2,
            comment: file.comment || "",
            unixPermissions: file.unixPermissions,
            dosPermissions: file.dosPermissions
          }).pipe(zipFileWorker);
        });
        zipFileWorker.entriesCount = entriesCount;
      } catch (e) {
        zipFileWorker.error(e);
      }
      return zipFileWorker;
    };
  }
});

// node_modules/jszip/lib/nodejs/NodejsStreamInputAdapter.js
var require_NodejsStreamInputAdapter = __commonJS({
  "node_modules/jszip/lib/nodejs/NodejsStreamInputAdapter.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    function NodejsStreamInputAdapter(filename, stream) {
      GenericWorker.call(this, "Nodejs stream input adapter for " + filename);
      this._upstreamEnded = false;
      this._bindStream(stream);
    }
    utils.inherits(NodejsStreamInputAdapter, GenericWorker);
    NodejsStreamInputAdapter.prototype._bindStream = function(stream) {
      var self2 = this;
      this._stream = stream;
      stream.pause();
      stream.on("data", function(chunk2) {
        self2.push({
          data: chunk2,
          meta: {
            percent: 0
          }
        });
      }).on("error", function(e) {
        if (self2.isPaused) {
          this.generatedError = e;
        } else {
          self2.error(e);
        }
      }).on("end", function() {
        if (self2.isPaused) {
          self2._upstreamEnded = true;
        } else {
          self2.end();
        }
      });
    };
    NodejsStreamInputAdapter.prototype.pause = function() {
      if (!GenericWorker.prototype.pause.call(this)) {
        return false;
      }
      this._stream.pause();
      return true;
    };
    NodejsStreamInputAdapter.prototype.resume = function() {
      if (!GenericWorker.prototype.resume.call(this)) {
        return false;
      }
      if (this._upstreamEnded) {
        this.end();
      } else {
        this._stream.resume();
      }
      return true;
    };
    module.exports = NodejsStreamInputAdapter;
  }
});

// node_modules/jszip/lib/object.js
var require_object = __commonJS({
  "node_modules/jszip/lib/object.js"(exports, module) {
    "use strict";
    var utf8 = require_utf8();
    var utils = require_utils();
    var GenericWorker = require_GenericWorker();
    var StreamHelper = require_StreamHelper();
    var defaults = require_defaults();
    var CompressedObject = require_compressedObject();
    var ZipObject = require_zipObject();
    var generate = require_generate();
    var nodejsUtils = require_nodejsUtils();
    var NodejsStreamInputAdapter = require_NodejsStreamInputAdapter();
    var fileAdd = function(name, data, originalOptions) {
      var dataType = utils.getTypeOf(data), parent;
      var o = utils.extend(originalOptions || {}, defaults);
      o.date = o.date || /* @__PURE__ */ new Date();
      if (o.compression !== null) {
        o.compression = o.compression.toUpperCase();
      }
      if (typeof o.unixPermissions === "string") {
        o.unixPermissions = parseInt(o.unixPermissions, 8);
      }
      if (o.unixPermissions && o.unixPermissions & 16384) {
        o.dir = true;
      }
      if (o.dosPermissions && o.dosPermissions & 16) {
        o.dir = true;
      }
      if (o.dir) {
        name = forceTrailingSlash(name);
      }
      if (o.createFolders && (parent = parentFolder(name))) {
        folderAdd.call(this, parent, true);
      }
      var isUnicodeString = dataType === "string" && o.binary === false && o.base64 === false;
      if (!originalOptions || typeof originalOptions.binary === "undefined") {
        o.binary = !isUnicodeString;
      }
      var isCompressedEmpty = data instanceof CompressedObject && data.uncompressedSize === 0;
      if (isCompressedEmpty || o.dir || !data || data.length === 0) {
        o.base64 = false;
        o.binary = true;
        data = "";
        o.compression = "STORE";
        dataType = "string";
      }
      var zipObjectContent = null;
      if (data instanceof CompressedObject || data instanceof GenericWorker) {
        zipObjectContent = data;
      } else if (nodejsUtils.isNode && nodejsUtils.isStream(data)) {
        zipObjectContent = new NodejsStreamInputAdapter(name, data);
      } else {
        zipObjectContent = utils.prepareContent(name, data, o.binary, o.optimizedBinaryString, o.base64);
      }
      var object = new ZipObject(name, zipObjectContent, o);
      this.files[name] = object;
    };
    var parentFolder = function(path21) {
      if (path21.slice(-1) === "/") {
        path21 = path21.substring(0, path21.length - 1);
      }
      var lastSlash = path21.lastIndexOf("/");
      return lastSlash > 0 ? path21.substring(0, lastSlash) : "";
    };
    var forceTrailingSlash = function(path21) {
      if (path21.slice(-1) !== "/") {
        path21 += "/";
      }
      return path21;
    };
    var folderAdd = function(name, createFolders) {
      createFolders = typeof createFolders !== "undefined" ? createFolders : defaults.createFolders;
      name = forceTrailingSlash(name);
      if (!this.files[name]) {
        fileAdd.call(this, name, null, {
          dir: true,
          createFolders
        });
      }
      return this.files[name];
    };
    function isRegExp(object) {
      return Object.prototype.toString.call(object) === "[object RegExp]";
    }
    var out = {
      /**
       * @see loadAsync
       */
      load: function() {
        throw new Error("This method has been removed in JSZip 3.0, please check the upgrade guide.");
      },
      /**
       * Call a callback function for each entry at this folder level.
       * @param {Function} cb the callback function:
       * function (relativePath, file) {...}
       * It takes 2 arguments : the relative path and the file.
       */
      forEach: function(cb) {
        var filename, relativePath, file;
        for (filename in this.files) {
          file = this.files[filename];
          relativePath = filename.slice(this.root.length, filename.length);
          if (relativePath && filename.slice(0, this.root.length) === this.root) {
            cb(relativePath, file);
          }
        }
      },
      /**
       * Filter nested files/folders with the specified function.
       * @param {Function} search the predicate to use :
       * function (relativePath, file) {...}
       * It takes 2 arguments : the relative path and the file.
       * @return {Array} An array of matching elements.
       */
      filter: function(search) {
        var result2 = [];
        this.forEach(function(relativePath, entry) {
          if (search(relativePath, entry)) {
            result2.push(entry);
          }
        });
        return result2;
      },
      /**
       * Add a file to the zip file, or search a file.
       * @param   {string|RegExp} name The name of the file to add (if data is defined),
       * the name of the file to find (if no data) or a regex to match files.
       * @param   {String|ArrayBuffer|Uint8Array|Buffer} data  The file data, either raw or base64 encoded
       * @param   {Object} o     File options
       * @return  {JSZip|Object|Array} this JSZip object (when adding a file),
       * a file (when searching by string) or an array of files (when searching by regex).
       */
      file: function(name, data, o) {
        if (arguments.length === 1) {
          if (isRegExp(name)) {
            var regexp = name;
            return this.filter(function(relativePath, file) {
              return !file.dir && regexp.test(relativePath);
            });
          } else {
            var obj = this.files[this.root + name];
            if (obj && !obj.dir) {
              return obj;
            } else {
              return null;
            }
          }
        } else {
          name = this.root + name;
          fileAdd.call(this, name, data, o);
        }
        return this;
      },
      /**
       * Add a directory to the zip file, or search.
       * @param   {String|RegExp} arg The name of the directory to add, or a regex to search folders.
       * @return  {JSZip} an object with the new directory as the root, or an array containing matching folders.
       */
      folder: function(arg) {
        if (!arg) {
          return this;
        }
        if (isRegExp(arg)) {
          return this.filter(function(relativePath, file) {
            return file.dir && arg.test(relativePath);
          });
        }
        var name = this.root + arg;
        var newFolder = folderAdd.call(this, name);
        var ret = this.clone();
        ret.root = newFolder.name;
        return ret;
      },
      /**
       * Delete a file, or a directory and all sub-files, from the zip
       * @param {string} name the name of the file to delete
       * @return {JSZip} this JSZip object
       */
      remove: function(name) {
        name = this.root + name;
        var file = this.files[name];
        if (!file) {
          if (name.slice(-1) !== "/") {
            name += "/";
          }
          file = this.files[name];
        }
        if (file && !file.dir) {
          delete this.files[name];
        } else {
          var kids = this.filter(function(relativePath, file2) {
            return file2.name.slice(0, name.length) === name;
          });
          for (var i = 0; i < kids.length; i++) {
            delete this.files[kids[i].name];
          }
        }
        return this;
      },
      /**
       * @deprecated This method has been removed in JSZip 3.0, please check the upgrade guide.
       */
      generate: function() {
        throw new Error("This method has been removed in JSZip 3.0, please check the upgrade guide.");
      },
      /**
       * Generate the complete zip file as an internal stream.
       * @param {Object} options the options to generate the zip file :
       * - compression, "STORE" by default.
       * - type, "base64" by default. Values are : string, base64, uint8array, arraybuffer, blob.
       * @return {StreamHelper} the streamed zip file.
       */
      generateInternalStream: function(options) {
        var worker, opts = {};
        try {
          opts = utils.extend(options || {}, {
            streamFiles: false,
            compression: "STORE",
            compressionOptions: null,
            type: "",
            platform: "DOS",
            comment: null,
            mimeType: "application/zip",
            encodeFileName: utf8.utf8encode
          });
          opts.type = opts.type.toLowerCase();
          opts.compression = opts.compression.toUpperCase();
          if (opts.type === "binarystring") {
            opts.type = "string";
          }
          if (!opts.type) {
            throw new Error("No output type specified.");
          }
          utils.checkSupport(opts.type);
          if (opts.platform === "darwin" || opts.platform === "freebsd" || opts.platform === "linux" || opts.platform === "sunos") {
            opts.platform = "UNIX";
          }
          if (opts.platform === "win32") {
            opts.platform = "DOS";
          }
          var comment = opts.comment || this.comment || "";
          worker = generate.generateWorker(this, opts, comment);
        } catch (e) {
          worker = new GenericWorker("error");
          worker.error(e);
        }
        return new StreamHelper(worker, opts.type || "string", opts.mimeType);
      },
      /**
       * Generate the complete zip file asynchronously.
       * @see generateInternalStream
       */
      generateAsync: function(options, onUpdate) {
        return this.generateInternalStream(options).accumulate(onUpdate);
      },
      /**
       * Generate the complete zip file asynchronously.
       * @see generateInternalStream
       */
      generateNodeStream: function(options, onUpdate) {
        options = options || {};
        if (!options.type) {
          options.type = "nodebuffer";
        }
        return this.generateInternalStream(options).toNodejsStream(onUpdate);
      }
    };
    module.exports = out;
  }
});

// node_modules/jszip/lib/reader/DataReader.js
var require_DataReader = __commonJS({
  "node_modules/jszip/lib/reader/DataReader.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    function DataReader(data) {
      this.data = data;
      this.length = data.length;
      this.index = 0;
      this.zero = 0;
    }
    DataReader.prototype = {
      /**
       * Check that the offset will not go too far.
       * @param {string} offset the additional offset to check.
       * @throws {Error} an Error if the offset is out of bounds.
       */
      checkOffset: function(offset) {
        this.checkIndex(this.index + offset);
      },
      /**
       * Check that the specified index will not be too far.
       * @param {string} newIndex the index to check.
       * @throws {Error} an Error if the index is out of bounds.
       */
      checkIndex: function(newIndex) {
        if (this.length < this.zero + newIndex || newIndex < 0) {
          throw new Error("End of data reached (data length = " + this.length + ", asked index = " + newIndex + "). Corrupted zip ?");
        }
      },
      /**
       * Change the index.
       * @param {number} newIndex The new index.
       * @throws {Error} if the new index is out of the data.
       */
      setIndex: function(newIndex) {
        this.checkIndex(newIndex);
        this.index = newIndex;
      },
      /**
       * Skip the next n bytes.
       * @param {number} n the number of bytes to skip.
       * @throws {Error} if the new index is out of the data.
       */
      skip: function(n) {
        this.setIndex(this.index + n);
      },
      /**
       * Get the byte at the specified index.
       * @param {number} i the index to use.
       * @return {number} a byte.
       */
      byteAt: function() {
      },
      /**
       * Get the next number with a given byte size.
       * @param {number} size the number of bytes to read.
       * @return {number} the corresponding number.
       */
      readInt: function(size2) {
        var result2 = 0, i;
        this.checkOffset(size2);
        for (i = this.index + size2 - 1; i >= this.index; i--) {
          result2 = (result2 << 8) + this.byteAt(i);
        }
        this.index += size2;
        return result2;
      },
      /**
       * Get the next string with a given byte size.
       * @param {number} size the number of bytes to read.
       * @return {string} the corresponding string.
       */
      readString: function(size2) {
        return utils.transformTo("string", this.readData(size2));
      },
      /**
       * Get raw data without conversion, <size> bytes.
       * @param {number} size the number of bytes to read.
       * @return {Object} the raw data, implementation specific.
       */
      readData: function() {
      },
      /**
       * Find the last occurrence of a zip signature (4 bytes).
       * @param {string} sig the signature to find.
       * @return {number} the index of the last occurrence, -1 if not found.
       */
      lastIndexOfSignature: function() {
      },
      /**
       * Read the signature (4 bytes) at the current position and compare it with sig.
       * @param {string} sig the expected signature
       * @return {boolean} true if the signature matches, false otherwise.
       */
      readAndCheckSignature: function() {
      },
      /**
       * Get the next date.
       * @return {Date} the date.
       */
      readDate: function() {
        var dostime = this.readInt(4);
        return new Date(Date.UTC(
          (dostime >> 25 & 127) + 1980,
          // year
          (dostime >> 21 & 15) - 1,
          // month
          dostime >> 16 & 31,
          // day
          dostime >> 11 & 31,
          // hour
          dostime >> 5 & 63,
          // minute
          (dostime & 31) << 1
        ));
      }
    };
    module.exports = DataReader;
  }
});

// node_modules/jszip/lib/reader/ArrayReader.js
var require_ArrayReader = __commonJS({
  "node_modules/jszip/lib/reader/ArrayReader.js"(exports, module) {
    "use strict";
    var DataReader = require_DataReader();
    var utils = require_utils();
    function ArrayReader(data) {
      DataReader.call(this, data);
      for (var i = 0; i < this.data.length; i++) {
        data[i] = data[i] & 255;
      }
    }
    utils.inherits(ArrayReader, DataReader);
    ArrayReader.prototype.byteAt = function(i) {
      return this.data[this.zero + i];
    };
    ArrayReader.prototype.lastIndexOfSignature = function(sig) {
      var sig0 = sig.charCodeAt(0), sig1 = sig.charCodeAt(1), sig2 = sig.charCodeAt(2), sig3 = sig.charCodeAt(3);
      for (var i = this.length - 4; i >= 0; --i) {
        if (this.data[i] === sig0 && this.data[i + 1] === sig1 && this.data[i + 2] === sig2 && this.data[i + 3] === sig3) {
          return i - this.zero;
        }
      }
      return -1;
    };
    ArrayReader.prototype.readAndCheckSignature = function(sig) {
      var sig0 = sig.charCodeAt(0), sig1 = sig.charCodeAt(1), sig2 = sig.charCodeAt(2), sig3 = sig.charCodeAt(3), data = this.readData(4);
      return sig0 === data[0] && sig1 === data[1] && sig2 === data[2] && sig3 === data[3];
    };
    ArrayReader.prototype.readData = function(size2) {
      this.checkOffset(size2);
      if (size2 === 0) {
        return [];
      }
      var result2 = this.data.slice(this.zero + this.index, this.zero + this.index + size2);
      this.index += size2;
      return result2;
    };
    module.exports = ArrayReader;
  }
});

// node_modules/jszip/lib/reader/StringReader.js
var require_StringReader = __commonJS({
  "node_modules/jszip/lib/reader/StringReader.js"(exports, module) {
    "use strict";
    var DataReader = require_DataReader();
    var utils = require_utils();
    function StringReader(data) {
      DataReader.call(this, data);
    }
    utils.inherits(StringReader, DataReader);
    StringReader.prototype.byteAt = function(i) {
      return this.data.charCodeAt(this.zero + i);
    };
    StringReader.prototype.lastIndexOfSignature = function(sig) {
      return this.data.lastIndexOf(sig) - this.zero;
    };
    StringReader.prototype.readAndCheckSignature = function(sig) {
      var data = this.readData(4);
      return sig === data;
    };
    StringReader.prototype.readData = function(size2) {
      this.checkOffset(size2);
      var result2 = this.data.slice(this.zero + this.index, this.zero + this.index + size2);
      this.index += size2;
      return result2;
    };
    module.exports = StringReader;
  }
});

// node_modules/jszip/lib/reader/Uint8ArrayReader.js
var require_Uint8ArrayReader = __commonJS({
  "node_modules/jszip/lib/reader/Uint8ArrayReader.js"(exports, module) {
    "use strict";
    var ArrayReader = require_ArrayReader();
    var utils = require_utils();
    function Uint8ArrayReader(data) {
      ArrayReader.call(this, data);
    }
    utils.inherits(Uint8ArrayReader, ArrayReader);
    Uint8ArrayReader.prototype.readData = function(size2) {
      this.checkOffset(size2);
      if (size2 === 0) {
        return new Uint8Array(0);
      }
      var result2 = this.data.subarray(this.zero + this.index, this.zero + this.index + size2);
      this.index += size2;
      return result2;
    };
    module.exports = Uint8ArrayReader;
  }
});

// node_modules/jszip/lib/reader/NodeBufferReader.js
var require_NodeBufferReader = __commonJS({
  "node_modules/jszip/lib/reader/NodeBufferReader.js"(exports, module) {
    "use strict";
    var Uint8ArrayReader = require_Uint8ArrayReader();
    var utils = require_utils();
    function NodeBufferReader(data) {
      Uint8ArrayReader.call(this, data);
    }
    utils.inherits(NodeBufferReader, Uint8ArrayReader);
    NodeBufferReader.prototype.readData = function(size2) {
      this.checkOffset(size2);
      var result2 = this.data.slice(this.zero + this.index, this.zero + this.index + size2);
      this.index += size2;
      return result2;
    };
    module.exports = NodeBufferReader;
  }
});

// node_modules/jszip/lib/reader/readerFor.js
var require_readerFor = __commonJS({
  "node_modules/jszip/lib/reader/readerFor.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var support = require_support();
    var ArrayReader = require_ArrayReader();
    var StringReader = require_StringReader();
    var NodeBufferReader = require_NodeBufferReader();
    var Uint8ArrayReader = require_Uint8ArrayReader();
    module.exports = function(data) {
      var type = utils.getTypeOf(data);
      utils.checkSupport(type);
      if (type === "string" && !support.uint8array) {
        return new StringReader(data);
      }
      if (type === "nodebuffer") {
        return new NodeBufferReader(data);
      }
      if (support.uint8array) {
        return new Uint8ArrayReader(utils.transformTo("uint8array", data));
      }
      return new ArrayReader(utils.transformTo("array", data));
    };
  }
});

// node_modules/jszip/lib/zipEntry.js
var require_zipEntry = __commonJS({
  "node_modules/jszip/lib/zipEntry.js"(exports, module) {
    "use strict";
    var readerFor = require_readerFor();
    var utils = require_utils();
    var CompressedObject = require_compressedObject();
    var crc32fn = require_crc32();
    var utf8 = require_utf8();
    var compressions = require_compressions();
    var support = require_support();
    var MADE_BY_DOS = 0;
    var MADE_BY_UNIX = 3;
    var findCompression = function(compressionMethod) {
      for (var method in compressions) {
        if (!Object.prototype.hasOwnProperty.call(compressions, method)) {
          continue;
        }
        if (compressions[method].magic === compressionMethod) {
          return compressions[method];
        }
      }
      return null;
    };
    function ZipEntry(options, loadOptions) {
      this.options = options;
      this.loadOptions = loadOptions;
    }
    ZipEntry.prototype = {
      /**
       * say if the file is encrypted.
       * @return {boolean} true if the file is encrypted, false otherwise.
       */
      isEncrypted: function() {
        return (this.bitFlag & 1) === 1;
      },
      /**
       * say if the file has utf-8 filename/comment.
       * @return {boolean} true if the filename/comment is in utf-8, false otherwise.
       */
      useUTF8: function() {
        return (this.bitFlag & 2048) === 2048;
      },
      /**
       * Read the local part of a zip file and add the info in this object.
       * @param {DataReader} reader the reader to use.
       */
      readLocalPart: function(reader) {
        var compression, localExtraFieldsLength;
        reader.skip(22);
        this.fileNameLength = reader.readInt(2);
        localExtraFieldsLength = reader.readInt(2);
        this.fileName = reader.readData(this.fileNameLength);
        reader.skip(localExtraFieldsLength);
        if (this.compressedSize === -1 || this.uncompressedSize === -1) {
          throw new Error("Bug or corrupted zip : didn't get enough information from the central directory (compressedSize === -1 || uncompressedSize === -1)");
        }
        compression = findCompression(this.compressionMethod);
        if (compression === null) {
          throw new Error("Corrupted zip : compression " + utils.pretty(this.compressionMethod) + " unknown (inner file : " + utils.transformTo("string", this.fileName) + ")");
        }
        this.decompressed = new CompressedObject(this.compressedSize, this.uncompressedSize, this.crc32, compression, reader.readData(this.compressedSize));
      },
      /**
       * Read the central part of a zip file and add the info in this object.
       * @param {DataReader} reader the reader to use.
       */
      readCentralPart: function(reader) {
        this.versionMadeBy = reader.readInt(2);
        reader.skip(2);
        this.bitFlag = reader.readInt(2);
        this.compressionMethod = reader.readString(2);
        this.date = reader.readDate();
        this.crc32 = reader.readInt(4);
        this.compressedSize = reader.readInt(4);
        this.uncompressedSize = reader.readInt(4);
        var fileNameLength = reader.readInt(2);
        this.extraFieldsLength = reader.readInt(2);
        this.fileCommentLength = reader.readInt(2);
        this.diskNumberStart = reader.readInt(2);
        this.internalFileAttributes = reader.readInt(2);
        this.externalFileAttributes = reader.readInt(4);
        this.localHeaderOffset = reader.readInt(4);
        if (this.isEncrypted()) {
          throw new Error("Encrypted zip are not supported");
        }
        reader.skip(fileNameLength);
        this.readExtraFields(reader);
        this.parseZIP64ExtraField(reader);
        this.fileComment = reader.readData(this.fileCommentLength);
      },
      /**
       * Parse the external file attributes and get the unix/dos permissions.
       */
      processAttributes: function() {
        this.unixPermissions = null;
        this.dosPermissions = null;
        var madeBy = this.versionMadeBy >> 8;
        this.dir = this.externalFileAttributes & 16 ? true : false;
        if (madeBy === MADE_BY_DOS) {
          this.dosPermissions = this.externalFileAttributes & 63;
        }
        if (madeBy === MADE_BY_UNIX) {
          this.unixPermissions = this.externalFileAttributes >> 16 & 65535;
        }
        if (!this.dir && this.fileNameStr.slice(-1) === "/") {
          this.dir = true;
        }
      },
      /**
       * Parse the ZIP64 extra field and merge the info in the current ZipEntry.
       * @param {DataReader} reader the reader to use.
       */
      parseZIP64ExtraField: function() {
        if (!this.extraFields[1]) {
          return;
        }
        var extraReader = readerFor(this.extraFields[1].value);
        if (this.uncompressedSize === utils.MAX_VALUE_32BITS) {
          this.uncompressedSize = extraReader.readInt(8);
        }
        if (this.compressedSize === utils.MAX_VALUE_32BITS) {
          this.compressedSize = extraReader.readInt(8);
        }
        if (this.localHeaderOffset === utils.MAX_VALUE_32BITS) {
          this.localHeaderOffset = extraReader.readInt(8);
        }
        if (this.diskNumberStart === utils.MAX_VALUE_32BITS) {
          this.diskNumberStart = extraReader.readInt(4);
        }
      },
      /**
       * Read the central part of a zip file and add the info in this object.
       * @param {DataReader} reader the reader to use.
       */
      readExtraFields: function(reader) {
        var end = reader.index + this.extraFieldsLength, extraFieldId, extraFieldLength, extraFieldValue;
        if (!this.extraFields) {
          this.extraFields = {};
        }
        while (reader.index + 4 < end) {
          extraFieldId = reader.readInt(2);
          extraFieldLength = reader.readInt(2);
          extraFieldValue = reader.readData(extraFieldLength);
          this.extraFields[extraFieldId] = {
            id: extraFieldId,
            length: extraFieldLength,
            value: extraFieldValue
          };
        }
        reader.setIndex(end);
      },
      /**
       * Apply an UTF8 transformation if needed.
       */
      handleUTF8: function() {
        var decodeParamType = support.uint8array ? "uint8array" : "array";
        if (this.useUTF8()) {
          this.fileNameStr = utf8.utf8decode(this.fileName);
          this.fileCommentStr = utf8.utf8decode(this.fileComment);
        } else {
          var upath = this.findExtraFieldUnicodePath();
          if (upath !== null) {
            this.fileNameStr = upath;
          } else {
            var fileNameByteArray = utils.transformTo(decodeParamType, this.fileName);
            this.fileNameStr = this.loadOptions.decodeFileName(fileNameByteArray);
          }
          var ucomment = this.findExtraFieldUnicodeComment();
          if (ucomment !== null) {
            this.fileCommentStr = ucomment;
          } else {
            var commentByteArray = utils.transformTo(decodeParamType, this.fileComment);
            this.fileCommentStr = this.loadOptions.decodeFileName(commentByteArray);
          }
        }
      },
      /**
       * Find the unicode path declared in the extra field, if any.
       * @return {String} the unicode path, null otherwise.
       */
      findExtraFieldUnicodePath: function() {
        var upathField = this.extraFields[28789];
        if (upathField) {
          var extraReader = readerFor(upathField.value);
          if (extraReader.readInt(1) !== 1) {
            return null;
          }
          if (crc32fn(this.fileName) !== extraReader.readInt(4)) {
            return null;
          }
          return utf8.utf8decode(extraReader.readData(upathField.length - 5));
        }
        return null;
      },
      /**
       * Find the unicode comment declared in the extra field, if any.
       * @return {String} the unicode comment, null otherwise.
       */
      findExtraFieldUnicodeComment: function() {
        var ucommentField = this.extraFields[25461];
        if (ucommentField) {
          var extraReader = readerFor(ucommentField.value);
          if (extraReader.readInt(1) !== 1) {
            return null;
          }
          if (crc32fn(this.fileComment) !== extraReader.readInt(4)) {
            return null;
          }
          return utf8.utf8decode(extraReader.readData(ucommentField.length - 5));
        }
        return null;
      }
    };
    module.exports = ZipEntry;
  }
});

// node_modules/jszip/lib/zipEntries.js
var require_zipEntries = __commonJS({
  "node_modules/jszip/lib/zipEntries.js"(exports, module) {
    "use strict";
    var readerFor = require_readerFor();
    var utils = require_utils();
    var sig = require_signature();
    var ZipEntry = require_zipEntry();
    var support = require_support();
    function ZipEntries(loadOptions) {
      this.files = [];
      this.loadOptions = loadOptions;
    }
    ZipEntries.prototype = {
      /**
       * Check that the reader is on the specified signature.
       * @param {string} expectedSignature the expected signature.
       * @throws {Error} if it is an other signature.
       */
      checkSignature: function(expectedSignature) {
        if (!this.reader.readAndCheckSignature(expectedSignature)) {
          this.reader.index -= 4;
          var signature = this.reader.readString(4);
          throw new Error("Corrupted zip or bug: unexpected signature (" + utils.pretty(signature) + ", expected " + utils.pretty(expectedSignature) + ")");
        }
      },
      /**
       * Check if the given signature is at the given index.
       * @param {number} askedIndex the index to check.
       * @param {string} expectedSignature the signature to expect.
       * @return {boolean} true if the signature is here, false otherwise.
       */
      isSignature: function(askedIndex, expectedSignature) {
        var currentIndex = this.reader.index;
        this.reader.setIndex(askedIndex);
        var signature = this.reader.readString(4);
        var result2 = signature === expectedSignature;
        this.reader.setIndex(currentIndex);
        return result2;
      },
      /**
       * Read the end of the central directory.
       */
      readBlockEndOfCentral: function() {
        this.diskNumber = this.reader.readInt(2);
        this.diskWithCentralDirStart = this.reader.readInt(2);
        this.centralDirRecordsOnThisDisk = this.reader.readInt(2);
        this.centralDirRecords = this.reader.readInt(2);
        this.centralDirSize = this.reader.readInt(4);
        this.centralDirOffset = this.reader.readInt(4);
        this.zipCommentLength = this.reader.readInt(2);
        var zipComment = this.reader.readData(this.zipCommentLength);
        var decodeParamType = support.uint8array ? "uint8array" : "array";
        var decodeContent = utils.transformTo(decodeParamType, zipComment);
        this.zipComment = this.loadOptions.decodeFileName(decodeContent);
      },
      /**
       * Read the end of the Zip 64 central directory.
       * Not merged with the method readEndOfCentral :
       * The end of central can coexist with its Zip64 brother,
       * I don't want to read the wrong number of bytes !
       */
      readBlockZip64EndOfCentral: function() {
        this.zip64EndOfCentralSize = this.reader.readInt(8);
        this.reader.skip(4);
        this.diskNumber = this.reader.readInt(4);
        this.diskWithCentralDirStart = this.reader.readInt(4);
        this.centralDirRecordsOnThisDisk = this.reader.readInt(8);
        this.centralDirRecords = this.reader.readInt(8);
        this.centralDirSize = this.reader.readInt(8);
        this.centralDirOffset = this.reader.readInt(8);
        this.zip64ExtensibleData = {};
        var extraDataSize = this.zip64EndOfCentralSize - 44, index = 0, extraFieldId, extraFieldLength, extraFieldValue;
        while (index < extraDataSize) {
          extraFieldId = this.reader.readInt(2);
          extraFieldLength = this.reader.readInt(4);
          extraFieldValue = this.reader.readData(extraFieldLength);
          this.zip64ExtensibleData[extraFieldId] = {
            id: extraFieldId,
            length: extraFieldLength,
            value: extraFieldValue
          };
        }
      },
      /**
       * Read the end of the Zip 64 central directory locator.
       */
      readBlockZip64EndOfCentralLocator: function() {
        this.diskWithZip64CentralDirStart = this.reader.readInt(4);
        this.relativeOffsetEndOfZip64CentralDir = this.reader.readInt(8);
        this.disksCount = this.reader.readInt(4);
        if (this.disksCount > 1) {
          throw new Error("Multi-volumes zip are not supported");
        }
      },
      /**
       * Read the local files, based on the offset read in the central part.
       */
      readLocalFiles: function() {
        var i, file;
        for (i = 0; i < this.files.length; i++) {
          file = this.files[i];
          this.reader.setIndex(file.localHeaderOffset);
          this.checkSignature(sig.LOCAL_FILE_HEADER);
          file.readLocalPart(this.reader);
          file.handleUTF8();
          file.processAttributes();
        }
      },
      /**
       * Read the central directory.
       */
      readCentralDir: function() {
        var file;
        this.reader.setIndex(this.centralDirOffset);
        while (this.reader.readAndCheckSignature(sig.CENTRAL_FILE_HEADER)) {
          file = new ZipEntry({
            zip64: this.zip64
          }, this.loadOptions);
          file.readCentralPart(this.reader);
          this.files.push(file);
        }
        if (this.centralDirRecords !== this.files.length) {
          if (this.centralDirRecords !== 0 && this.files.length === 0) {
            throw new Error("Corrupted zip or bug: expected " + this.centralDirRecords + " records in central dir, got " + this.files.length);
          } else {
          }
        }
      },
      /**
       * Read the end of central directory.
       */
      readEndOfCentral: function() {
        var offset = this.reader.lastIndexOfSignature(sig.CENTRAL_DIRECTORY_END);
        if (offset < 0) {
          var isGarbage = !this.isSignature(0, sig.LOCAL_FILE_HEADER);
          if (isGarbage) {
            throw new Error("Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html");
          } else {
            throw new Error("Corrupted zip: can't find end of central directory");
          }
        }
        this.reader.setIndex(offset);
        var endOfCentralDirOffset = offset;
        this.checkSignature(sig.CENTRAL_DIRECTORY_END);
        this.readBlockEndOfCentral();
        if (this.diskNumber === utils.MAX_VALUE_16BITS || this.diskWithCentralDirStart === utils.MAX_VALUE_16BITS || this.centralDirRecordsOnThisDisk === utils.MAX_VALUE_16BITS || this.centralDirRecords === utils.MAX_VALUE_16BITS || this.centralDirSize === utils.MAX_VALUE_32BITS || this.centralDirOffset === utils.MAX_VALUE_32BITS) {
          this.zip64 = true;
          offset = this.reader.lastIndexOfSignature(sig.ZIP64_CENTRAL_DIRECTORY_LOCATOR);
          if (offset < 0) {
            throw new Error("Corrupted zip: can't find the ZIP64 end of central directory locator");
          }
          this.reader.setIndex(offset);
          this.checkSignature(sig.ZIP64_CENTRAL_DIRECTORY_LOCATOR);
          this.readBlockZip64EndOfCentralLocator();
          if (!this.isSignature(this.relativeOffsetEndOfZip64CentralDir, sig.ZIP64_CENTRAL_DIRECTORY_END)) {
            this.relativeOffsetEndOfZip64CentralDir = this.reader.lastIndexOfSignature(sig.ZIP64_CENTRAL_DIRECTORY_END);
            if (this.relativeOffsetEndOfZip64CentralDir < 0) {
              throw new Error("Corrupted zip: can't find the ZIP64 end of central directory");
            }
          }
          this.reader.setIndex(this.relativeOffsetEndOfZip64CentralDir);
          this.checkSignature(sig.ZIP64_CENTRAL_DIRECTORY_END);
          this.readBlockZip64EndOfCentral();
        }
        var expectedEndOfCentralDirOffset = this.centralDirOffset + this.centralDirSize;
        if (this.zip64) {
          expectedEndOfCentralDirOffset += 20;
          expectedEndOfCentralDirOffset += 12 + this.zip64EndOfCentralSize;
        }
        var extraBytes = endOfCentralDirOffset - expectedEndOfCentralDirOffset;
        if (extraBytes > 0) {
          if (this.isSignature(endOfCentralDirOffset, sig.CENTRAL_FILE_HEADER)) {
          } else {
            this.reader.zero = extraBytes;
          }
        } else if (extraBytes < 0) {
          throw new Error("Corrupted zip: missing " + Math.abs(extraBytes) + " bytes.");
        }
      },
      prepareReader: function(data) {
        this.reader = readerFor(data);
      },
      /**
       * Read a zip file and create ZipEntries.
       * @param {String|ArrayBuffer|Uint8Array|Buffer} data the binary string representing a zip file.
       */
      load: function(data) {
        this.prepareReader(data);
        this.readEndOfCentral();
        this.readCentralDir();
        this.readLocalFiles();
      }
    };
    module.exports = ZipEntries;
  }
});

// node_modules/jszip/lib/load.js
var require_load = __commonJS({
  "node_modules/jszip/lib/load.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var external = require_external();
    var utf8 = require_utf8();
    var ZipEntries = require_zipEntries();
    var Crc32Probe = require_Crc32Probe();
    var nodejsUtils = require_nodejsUtils();
    function checkEntryCRC32(zipEntry) {
      return new external.Promise(function(resolve, reject) {
        var worker = zipEntry.decompressed.getContentWorker().pipe(new Crc32Probe());
        worker.on("error", function(e) {
          reject(e);
        }).on("end", function() {
          if (worker.streamInfo.crc32 !== zipEntry.decompressed.crc32) {
            reject(new Error("Corrupted zip : CRC32 mismatch"));
          } else {
            resolve();
          }
        }).resume();
      });
    }
    module.exports = function(data, options) {
      var zip = this;
      options = utils.extend(options || {}, {
        base64: false,
        checkCRC32: false,
        optimizedBinaryString: false,
        createFolders: false,
        decodeFileName: utf8.utf8decode
      });
      if (nodejsUtils.isNode && nodejsUtils.isStream(data)) {
        return external.Promise.reject(new Error("JSZip can't accept a stream when loading a zip file."));
      }
      return utils.prepareContent("the loaded zip file", data, true, options.optimizedBinaryString, options.base64).then(function(data2) {
        var zipEntries = new ZipEntries(options);
        zipEntries.load(data2);
        return zipEntries;
      }).then(function checkCRC32(zipEntries) {
        var promises = [external.Promise.resolve(zipEntries)];
        var files = zipEntries.files;
        if (options.checkCRC32) {
          for (var i = 0; i < files.length; i++) {
            promises.push(checkEntryCRC32(files[i]));
          }
        }
        return external.Promise.all(promises);
      }).then(function addFiles(results) {
        var zipEntries = results.shift();
        var files = zipEntries.files;
        for (var i = 0; i < files.length; i++) {
          var input = files[i];
          var unsafeName = input.fileNameStr;
          var safeName = utils.resolve(input.fileNameStr);
          zip.file(safeName, input.decompressed, {
            binary: true,
            optimizedBinaryString: true,
            date: input.date,
            dir: input.dir,
            comment: input.fileCommentStr.length ? input.fileCommentStr : null,
            unixPermissions: input.unixPermissions,
            dosPermissions: input.dosPermissions,
            createFolders: options.createFolders
          });
          if (!input.dir) {
            zip.file(safeName).unsafeOriginalName = unsafeName;
          }
        }
        if (zipEntries.zipComment.length) {
          zip.comment = zipEntries.zipComment;
        }
        return zip;
      });
    };
  }
});

// node_modules/jszip/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/jszip/lib/index.js"(exports, module) {
    "use strict";
    function JSZip3() {
      if (!(this instanceof JSZip3)) {
        return new JSZip3();
      }
      if (arguments.length) {
        throw new Error("The constructor with parameters has been removed in JSZip 3.0, please check the upgrade guide.");
      }
      this.files = /* @__PURE__ */ Object.create(null);
      this.comment = null;
      this.root = "";
      this.clone = function() {
        var newObj = new JSZip3();
        for (var i in this) {
          if (typeof this[i] !== "function") {
            newObj[i] = this[i];
          }
        }
        return newObj;
      };
    }
    JSZip3.prototype = require_object();
    JSZip3.prototype.loadAsync = require_load();
    JSZip3.support = require_support();
    JSZip3.defaults = require_defaults();
    JSZip3.version = "3.10.1";
    JSZip3.loadAsync = function(content, options) {
      return new JSZip3().loadAsync(content, options);
    };
    JSZip3.external = require_external();
    module.exports = JSZip3;
  }
});

// src/action/ports.ts
import { randomInt } from "node:crypto";

// src/validation-record/artifact-store.ts
var import_jszip = __toESM(require_lib3(), 1);
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/github/github-errors.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describeGitHubError(error) {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message ?? "unknown error";
}

// src/validation-record/content-hash.ts
import { createHash } from "node:crypto";
function contentHash(files) {
  const outer = createHash("sha256");
  for (const path21 of [...files.keys()].sort()) {
    const inner = createHash("sha256").update(files.get(path21) ?? new Uint8Array()).digest("hex");
    outer.update(`${path21}\0${inner}
`, "utf8");
  }
  return outer.digest("hex");
}
function isContentHash(value) {
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
}

// src/validation-record/record.ts
var RECORD_KIND = "salesforce-validation-record";
var RECORD_VERSION = 1;
var RECORD_FILE = "validation-record.json";
var PREFIX = "sf-validation-";
function recordArtifactName(contentHash2, orgId) {
  return `${PREFIX}${to18(orgId)}-${contentHash2.slice(0, 32)}`;
}
function serializeRecord(record) {
  const { testLevel, run: run2, ...rest } = record;
  return `${JSON.stringify({ kind: RECORD_KIND, version: RECORD_VERSION, ...rest, testLevel: testLevel ?? null, ...run2 ? { run: run2 } : {} }, null, 2)}
`;
}
function parseRecord(text2, source) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return { problems: [`${source}: not JSON (${error.message}).`] };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { problems: [`${source}: expected a JSON object.`] };
  const o = value;
  if (o.kind !== RECORD_KIND)
    return {
      problems: [`${source}: kind is ${JSON.stringify(o.kind)}, expected "${RECORD_KIND}".`]
    };
  if (o.version !== RECORD_VERSION) {
    return {
      problems: [
        `${source}: record version ${JSON.stringify(o.version)} is not supported (this action reads version ${RECORD_VERSION}); validate again with this version of the action.`
      ]
    };
  }
  const problems = fieldProblems(o).map((p) => `${source}: ${p}`);
  if (problems.length > 0) return { problems };
  return { record: toRecord(o) };
}
function fieldProblems(o) {
  const problems = [];
  const expect = (ok, field, what) => {
    if (!ok)
      problems.push(`${field} is ${JSON.stringify(o[field]) ?? "missing"}, expected ${what}.`);
  };
  expect(
    typeof o.validationId === "string" && /^0Af[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(o.validationId),
    "validationId",
    "a deploy request id (0Af...)"
  );
  expect(isOrgId(o.orgId), "orgId", "an org id (00D...)");
  expect(
    typeof o.instanceUrl === "string" && /^https?:\/\//.test(o.instanceUrl),
    "instanceUrl",
    "a URL"
  );
  expect(
    typeof o.apiVersion === "string" && /^\d{2,3}\.0$/.test(o.apiVersion),
    "apiVersion",
    "an API version such as 62.0"
  );
  expect(
    o.testLevel === null || TEST_LEVELS.includes(o.testLevel),
    "testLevel",
    `null or one of ${TEST_LEVELS.join(", ")}`
  );
  expect(
    Array.isArray(o.runTests) && o.runTests.every((t) => typeof t === "string"),
    "runTests",
    "a list of class names"
  );
  expect(Number.isInteger(o.testsRun) && o.testsRun >= 0, "testsRun", "a count");
  expect(typeof o.status === "string" && o.status !== "", "status", "a deploy status");
  expect(isContentHash(o.contentHash), "contentHash", "a sha256 hex digest");
  expect(typeof o.commitSha === "string", "commitSha", "a commit SHA");
  expect(
    typeof o.validatedAt === "string" && !Number.isNaN(Date.parse(o.validatedAt)),
    "validatedAt",
    "an ISO 8601 time"
  );
  expect(o.run === void 0 || isRun(o.run), "run", "an object with repository, id and attempt");
  return problems;
}
function isRun(value) {
  const r = value;
  return !!r && typeof r === "object" && ["repository", "id", "attempt"].every((k) => typeof r[k] === "string");
}
function toRecord(o) {
  return {
    validationId: o.validationId,
    orgId: to18(o.orgId),
    instanceUrl: o.instanceUrl,
    apiVersion: o.apiVersion,
    ...o.testLevel ? { testLevel: o.testLevel } : {},
    runTests: o.runTests,
    testsRun: o.testsRun,
    status: o.status,
    contentHash: o.contentHash,
    commitSha: o.commitSha,
    validatedAt: new Date(o.validatedAt).toISOString(),
    ...o.run ? { run: o.run } : {}
  };
}

// src/validation-record/artifact-store.ts
var MAX_RECORDS_READ = 10;
function createArtifactRecordUploader(uploader, tempRoot = tmpdir()) {
  return {
    async upload(name, record) {
      const dir = await mkdtemp(path.join(tempRoot, "sf-validation-"));
      const file = path.join(dir, RECORD_FILE);
      await writeFile(file, serializeRecord(record), "utf8");
      const response = await uploader().upload(name, [file], dir);
      return response.id !== void 0 ? { id: response.id } : {};
    }
  };
}
function createRestRecordFinder(options) {
  return {
    async find(name) {
      const [owner, repo] = options.repository?.split("/") ?? [];
      if (!owner || !repo)
        throw new ActionError(
          "Finding a validation record needs GITHUB_REPOSITORY (owner/name); run the action inside a GitHub workflow."
        );
      if (!options.token)
        throw new ActionError(
          "Finding a validation record needs github-token (the default ${{ github.token }} works with permissions: actions: read)."
        );
      const client = options.octokit(options.token);
      const listed2 = await client.paginate(client.rest.actions.listArtifactsForRepo, { owner, repo, name, per_page: 100 }).catch((error) => {
        throw explainListError(error);
      });
      const newest = listed2.filter((a) => a.name === name).sort(byNewest).slice(0, MAX_RECORDS_READ);
      const runs = /* @__PURE__ */ new Map();
      const runOf = (id) => {
        const known = runs.get(id) ?? readRun(() => client.rest.actions.getWorkflowRun({ owner, repo, run_id: id }));
        runs.set(id, known);
        return known;
      };
      return Promise.all(
        newest.map(async (artifact) => {
          const found = await readOne(artifact, async (id) => {
            const response = await client.rest.actions.downloadArtifact({
              owner,
              repo,
              artifact_id: id,
              archive_format: "zip"
            });
            return new Uint8Array(response.data);
          });
          const runId = found.source.runId;
          if (!found.record || runId === void 0) return found;
          const run2 = await runOf(runId);
          return typeof run2 === "string" ? { ...found, source: { ...found.source, runProblem: run2 } } : { ...found, source: { ...found.source, run: run2 } };
        })
      );
    }
  };
}
async function readRun(get) {
  try {
    const run2 = (await get()).data;
    return {
      event: run2.event ?? "",
      branch: run2.head_branch ?? "",
      workflow: run2.path ?? "",
      headSha: run2.head_sha ?? "",
      repository: run2.repository?.full_name ?? "",
      headRepository: run2.head_repository?.full_name ?? ""
    };
  } catch (error) {
    return `its workflow run could not be read (${describeGitHubError(error)})`;
  }
}
function byNewest(a, b) {
  return Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? "") || b.id - a.id;
}
function sourceOf(artifact) {
  const run2 = artifact.workflow_run;
  const fromFork = run2?.head_repository_id !== void 0 && run2.repository_id !== void 0 && run2.head_repository_id !== run2.repository_id;
  return {
    artifactId: artifact.id,
    artifactName: artifact.name,
    ...run2?.id !== void 0 ? { runId: run2.id } : {},
    fromFork,
    expired: artifact.expired
  };
}
async function readOne(artifact, download) {
  const source = sourceOf(artifact);
  if (source.expired || source.fromFork) return { source };
  const label2 = `artifact ${artifact.name} (id ${artifact.id})`;
  try {
    const zip = await import_jszip.default.loadAsync(await download(artifact.id));
    const entry = zip.file(RECORD_FILE);
    if (!entry) return { source, problem: `${label2} holds no ${RECORD_FILE}` };
    const parsed = parseRecord(await entry.async("string"), label2);
    return parsed.record ? { source, record: parsed.record } : { source, problem: parsed.problems.join(" ") };
  } catch (error) {
    return {
      source,
      problem: `${label2} could not be downloaded or read: ${describeGitHubError(error)}`
    };
  }
}
function explainListError(error) {
  const status = statusOf(error);
  if (status === 403 || status === 404) {
    return new ActionError(
      `Listing the repository's artifacts was refused (${describeGitHubError(error)}). Quick deploy by package content reads validation records from artifacts of earlier runs: give the job permissions: actions: read, or pass validation-id.`
    );
  }
  return error;
}

// src/action/github/quiet-stdout.ts
var NOISE = /* @__PURE__ */ new Set(["Artifact name is valid!", "Root directory input is valid!"]);
async function withoutArtifactNoise(work) {
  const original = process.stdout.write;
  const filtered = function(chunk2, ...rest) {
    if (typeof chunk2 === "string" && NOISE.has(chunk2.replace(/\r?\n$/, ""))) return true;
    return original.call(this, chunk2, ...rest);
  };
  process.stdout.write = filtered;
  try {
    return await work();
  } finally {
    if (process.stdout.write === filtered) process.stdout.write = original;
  }
}

// src/action/github/artifact-uploader.ts
function createArtifactUploader() {
  let client;
  return {
    async upload(name, files, rootDirectory) {
      client ??= new (await import("./artifact-IACR7KCX.js")).DefaultArtifactClient();
      const uploader = client;
      const response = await withoutArtifactNoise(
        () => uploader.uploadArtifact(name, files, rootDirectory)
      );
      return {
        ...response.id !== void 0 ? { id: response.id } : {},
        ...response.size !== void 0 ? { size: response.size } : {}
      };
    }
  };
}

// src/action/github/attestation.ts
function createFileAttester(token, env = process.env) {
  return {
    async attest(subject) {
      if (!token)
        throw new Error("attest needs github-token (with permissions: attestations: write)");
      const { attestProvenance } = await import("./lib-VPJFBQCB.js");
      const attestation = await attestProvenance({
        subjects: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
        token
      });
      const id = attestation.attestationID;
      const server = env.GITHUB_SERVER_URL || "https://github.com";
      return {
        ...id ? { id } : {},
        ...id && env.GITHUB_REPOSITORY ? { url: `${server}/${env.GITHUB_REPOSITORY}/attestations/${id}` } : {}
      };
    }
  };
}

// src/action/github/octokit.ts
function createOctokit(token, env = process.env) {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || "https://api.github.com" });
}

// src/action/ports.ts
function defaultDeps(env = process.env) {
  return {
    clock: systemClock,
    http: createUndiciTransport(),
    random: () => randomInt(0, 1e6) / 1e6,
    logger: coreLogger,
    // A snapshot: the run reads the environment it started with, in one place.
    env: { ...env },
    state: { save: (key3, value) => saveState(key3, value) },
    onJobCancel: (listener) => onJobCancel(listener),
    octokit: (token) => createOctokit(token, env),
    recordUploader: createArtifactRecordUploader(
      createArtifactUploader,
      env.RUNNER_TEMP || void 0
    ),
    artifactUploader: createArtifactUploader,
    attester: (token) => createFileAttester(token, env)
  };
}
var CANCEL_SIGNALS = ["SIGINT", "SIGTERM"];
function onJobCancel(listener) {
  for (const signal of CANCEL_SIGNALS) process.once(signal, listener);
  return () => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, listener);
  };
}
function recordCancellationSignals() {
  for (const signal of CANCEL_SIGNALS) {
    process.once(signal, () => {
      saveState(STATE.jobCancelled, signal);
      process.kill(process.pid, signal);
    });
  }
}

// src/modes/build/run-build-mode.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/delta/action-delta.ts
import path2 from "node:path";

// src/github/run-context.ts
import { readFileSync } from "node:fs";
function readRunContext(env, event, sha) {
  const repository = env.GITHUB_REPOSITORY;
  const [owner, repo] = repository?.split("/") ?? [];
  if (!owner || !repo) return void 0;
  const pr = event.pull_request;
  const isPrEvent = env.GITHUB_EVENT_NAME === "pull_request" || env.GITHUB_EVENT_NAME === "pull_request_target";
  const headSha = sha || isPrEvent && pr?.head?.sha || event.workflow_run?.head_sha || env.GITHUB_SHA || "";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const readOnlyReason = readOnlyReasonOf(env, pr, repository);
  return {
    owner,
    repo,
    headSha,
    ...pr?.number ? { prNumber: pr.number } : {},
    ...env.GITHUB_RUN_ID ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    ...headSha ? { blobBaseUrl: `${server}/${repository}/blob/${headSha}` } : {},
    readOnly: readOnlyReason !== void 0,
    ...readOnlyReason ? { readOnlyReason } : {}
  };
}
function readOnlyReasonOf(env, pr, repository) {
  if (env.GITHUB_ACTOR === "dependabot[bot]") return "Dependabot runs get a read-only token";
  if (env.GITHUB_EVENT_NAME === "pull_request" && pr) {
    const head = pr.head?.repo?.full_name;
    if (!head || head !== repository) return "pull requests from forks get a read-only token";
  }
  return void 0;
}
function readEventPayload(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}

// src/report/escape.ts
function escapeHtml(text2) {
  return text2.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
function escapeTableCell(text2) {
  return neutraliseMentions(escapeHtml(text2)).replaceAll("|", "\\|").replace(/\r\n|\r|\n/g, "<br>");
}
function escapeInline(text2) {
  return neutraliseMentions(escapeHtml(text2)).replace(/([\\`*_[\]])/g, "\\$1").replace(/\r\n|\r|\n/g, " ");
}
function neutraliseMentions(text2) {
  return text2.replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (c) => c === "@" ? "&#64;" : "&#35;");
}
function codeSpan(text2) {
  const single = text2.replace(/\r\n|\r|\n/g, " ");
  const fence = "`".repeat(longestRun(single, "`") + 1);
  const pad = single.startsWith("`") || single.endsWith("`") ? " " : "";
  return `${fence}${pad}${single}${pad}${fence}`;
}
function codeSpanInCell(text2) {
  return codeSpan(text2).replaceAll("|", "\\|");
}
function fencedBlock(text2) {
  const fence = "`".repeat(Math.max(3, longestRun(text2, "`") + 1));
  const body2 = text2.replace(/\r\n|\r/g, "\n").replace(/\n+$/, "");
  return `${fence}text
${body2}
${fence}`;
}
function encodePath(path21) {
  return path21.split("/").map(
    (segment) => encodeURIComponent(segment).replace(
      /[()]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
}
var XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml2(text2) {
  return text2.replace(XML_ILLEGAL, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}
function longestRun(text2, char) {
  let longest = 0;
  let current = 0;
  for (const c of text2) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

// src/report/markdown.ts
function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ];
}
function details(summary, body2) {
  return [`<details><summary>${summary}</summary>`, "", ...body2, "", "</details>", ""];
}
function fileLink(path21, line, blobBase) {
  const label2 = escapeTableCell(line ? `${path21}:${line}` : path21);
  if (!blobBase) return label2;
  return `[${label2}](${blobBase.replace(/\/+$/, "")}/${encodePath(path21)}${line ? `#L${line}` : ""})`;
}
function lineRanges(lines, maxRanges = 20) {
  const ranges = [];
  let start;
  let prev;
  const flush = () => {
    if (start === void 0 || prev === void 0) return;
    ranges.push(start === prev ? `${start}` : `${start}\u2013${prev}`);
  };
  for (const line of lines) {
    if (prev !== void 0 && line === prev + 1) {
      prev = line;
      continue;
    }
    flush();
    start = line;
    prev = line;
  }
  flush();
  return ranges.length > maxRanges ? `${ranges.slice(0, maxRanges).join(", ")}, \u2026` : ranges.join(", ");
}
function formatDuration(ms) {
  const seconds3 = Math.round(ms / 1e3);
  if (seconds3 < 60) return `${seconds3} s`;
  const minutes = Math.floor(seconds3 / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds3 % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(3)} s`;
}
function formatPercent(percent) {
  return percent === void 0 ? "n/a" : `${Number(percent.toFixed(2))}\xA0%`;
}
function formatUtc(date2) {
  return `${date2.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var BAR_CELLS = 10;
function coverageBar(percent, threshold) {
  if (percent === void 0) return "";
  const filled = Math.round(percent / 100 * BAR_CELLS);
  const cells = "\u2588".repeat(filled) + "\u2591".repeat(BAR_CELLS - filled);
  const mark = Math.min(BAR_CELLS, Math.max(0, Math.round(threshold / 100 * BAR_CELLS)));
  return `${cells.slice(0, mark)}\u2506${cells.slice(mark)}`;
}

// src/report/delta-summary.ts
var short = (sha) => sha.slice(0, 12);
function range(input) {
  const from = input.fromRef === input.base ? codeSpan(short(input.base)) : `${codeSpan(input.fromRef)} (${codeSpan(short(input.base))})`;
  const to = input.toRef === input.to ? codeSpan(short(input.to)) : `${codeSpan(input.toRef)} (${codeSpan(short(input.to))})`;
  return `${from} \u2192 ${to}`;
}
function countsByType(entries) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const row = byType2.get(e.type) ?? { added: 0, changed: 0, deleted: 0 };
    row[e.change]++;
    byType2.set(e.type, row);
  }
  return [...byType2.keys()].sort().map((type) => {
    const r = byType2.get(type) ?? { added: 0, changed: 0, deleted: 0 };
    return [escapeTableCell(type), String(r.added), String(r.changed), String(r.deleted)];
  });
}
function renderDeltaSummary(input) {
  const lines = [`### Delta ${range(input)}`, ""];
  if (input.empty) {
    lines.push(
      `**Nothing to deploy:** no metadata changes between ${codeSpan(input.fromRef)} and ${codeSpan(input.toRef)}. No deploy was made.`,
      ""
    );
  } else {
    const deployed = input.entries.filter((e) => e.change !== "deleted").length;
    const deleted = input.entries.length - deployed;
    lines.push(
      `${deployed} component${deployed === 1 ? "" : "s"} to deploy, ${deleted} to delete${deleted > 0 ? ` (${codeSpan(input.destructiveFile)})` : ""}.`,
      "",
      ...table(["Type", "Added", "Changed", "Deleted"], countsByType(input.entries)),
      "",
      ...details(
        "Components",
        table(
          ["Change", "Type", "Name"],
          input.entries.map((e) => [e.change, escapeTableCell(e.type), codeSpanInCell(e.fullName)])
        )
      )
    );
  }
  if (input.skipped.length > 0) {
    lines.push(
      "**Deletions left out:**",
      ...input.skipped.map(
        (s) => `- ${escapeInline(`${s.type} ${s.fullName}`)}: ${escapeInline(s.reason)}`
      ),
      ""
    );
  }
  if (input.ignoredFiles > 0)
    lines.push(
      `${input.ignoredFiles} changed file${input.ignoredFiles === 1 ? "" : "s"} ignored (.forceignore, or outside the package directories).`,
      ""
    );
  for (const w of input.warnings) lines.push(`> [!WARNING]
> ${escapeInline(w)}
`);
  if (input.tests) lines.push(...renderTests(input.tests));
  return lines;
}
function renderTests(tests) {
  const lines = ["#### Tests chosen (run-tests: auto)", "", escapeInline(tests.note), ""];
  if (tests.chosen.length > 0)
    lines.push(
      ...table(
        ["Test class", "Why"],
        tests.chosen.map((t) => [
          codeSpanInCell(t.testClass),
          escapeTableCell(t.reasons.join("; "))
        ])
      ),
      ""
    );
  return lines;
}

// src/delta/action-delta.ts
function pullRequestBase(env) {
  if (env.GITHUB_ACTIONS !== "true") return void 0;
  if (env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target")
    return void 0;
  const sha = readEventPayload(env).pull_request?.base?.sha;
  if (sha) return sha;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0;
}
async function deltaForSettings(settings, logger, env) {
  const source = settings.packageSource;
  if (!settings.delta || source?.kind !== "source") return void 0;
  const from = settings.delta.from ?? pullRequestBase(env);
  if (from === void 0) {
    if (settings.testSelection)
      throw new ActionError(
        "run-tests: auto needs a delta to choose tests from: set delta-from (a commit, tag or branch), or run on a pull request, where it defaults to the base."
      );
    return void 0;
  }
  const rel = (abs) => path2.relative(settings.workspace, abs).split(path2.sep).join("/");
  let build;
  try {
    build = await buildDelta({
      root: settings.workspace,
      projectDir: rel(source.projectDir),
      sourceDirs: source.sourceDirs,
      from,
      to: settings.delta.to,
      base: settings.delta.base,
      destructiveTiming: settings.delta.destructiveTiming,
      ...settings.preDestructiveChanges ? { preDestructiveFile: rel(settings.preDestructiveChanges) } : {},
      ...settings.postDestructiveChanges ? { postDestructiveFile: rel(settings.postDestructiveChanges) } : {},
      ...settings.apiVersion ? { apiVersion: settings.apiVersion } : {},
      ignoreUnknown: source.ignoreUnknown,
      env,
      selectTests: settings.testSelection !== void 0
    });
  } catch (error) {
    if (error instanceof GitDeltaError && error.shallow && settings.delta.from === void 0) {
      logger.warning(`No delta: ${error.message} Deploying the whole package instead.`);
      if (settings.testSelection)
        throw new ActionError(`run-tests: auto needs a delta. ${error.message}`);
      return void 0;
    }
    if (error instanceof BuildError || error instanceof GitDeltaError)
      throw new ActionError(error.message);
    throw error;
  }
  const delta = finishDelta(build, settings);
  logDelta(build, delta, logger);
  return {
    ...delta,
    outputs: deltaOutputs(build, delta),
    section: deltaSection(build, delta, settings)
  };
}
function finishDelta(build, settings) {
  const notes = [];
  let tests;
  if (settings.testSelection && build.tests && !build.empty) {
    const choice = decideTestRun(build.tests, settings.testSelection.missingTests);
    if ("error" in choice) throw new ActionError(choice.error);
    tests = choice;
    notes.push(choice.note);
  }
  const nothingToDeploy = build.empty ? `Nothing to deploy: no metadata changes between ${build.range.fromRef} and ${build.range.toRef}; no deploy was made.` : void 0;
  return {
    build,
    ...tests ? { tests } : {},
    ...nothingToDeploy ? { nothingToDeploy } : {},
    notes
  };
}
function logDelta(build, delta, logger) {
  const { range: range2 } = build;
  logger.info(
    `Delta ${range2.fromRef}..${range2.toRef} (from ${range2.base.slice(0, 12)}): ${build.built.components.length} members to deploy, ${build.deletions.length} to delete.`
  );
  if (delta.nothingToDeploy) logger.info(delta.nothingToDeploy);
  for (const note of delta.notes) logger.info(note);
}
function deltaOutputs(build, delta) {
  return {
    "has-changes": String(!build.empty),
    "delta-components": String(build.built.components.length),
    "delta-deletions": String(build.deletions.length),
    ...delta.tests ? { "selected-tests": delta.tests.runTests.join(",") } : {}
  };
}
function deltaSection(build, delta, settings) {
  const { plan, range: range2 } = build;
  const timing2 = settings.delta?.destructiveTiming === "pre" ? "destructiveChangesPre.xml" : "destructiveChangesPost.xml";
  return renderDeltaSummary({
    fromRef: range2.fromRef,
    toRef: range2.toRef,
    base: range2.base,
    to: range2.to,
    entries: plan.entries,
    destructiveFile: timing2,
    skipped: plan.skipped,
    ignoredFiles: plan.ignoredFiles.length,
    warnings: plan.warnings,
    ...delta.tests && build.tests ? { tests: { chosen: build.tests.tests, note: delta.tests.note } } : {},
    empty: build.empty
  }).join("\n");
}

// src/runner/package-builder.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";

// src/runner/inline-files-tree.ts
var InlineFilesTree = class {
  base;
  files;
  constructor(base, files) {
    this.base = base;
    this.files = files;
  }
  listFiles(dir) {
    return this.base.listFiles(dir);
  }
  readFile(path21) {
    const bytes = this.files.get(path21);
    return bytes ? Promise.resolve(bytes) : this.base.readFile(path21);
  }
  exists(path21) {
    return this.files.has(path21) ? Promise.resolve(true) : this.base.exists(path21);
  }
};

// src/runner/package-builder.ts
async function buildDeployPackage(settings, deps) {
  const delta = await deltaForSettings(settings, deps.logger, deps.env);
  if (delta) return deltaDeployPackage(delta);
  const built = await buildFromSettings(settings, deps.env);
  refuseEmpty(built, settings);
  const zip = await zipPackage(built.files);
  return toDeployPackage(built, zip);
}
function refuseEmpty(built, settings) {
  if (settings.allowEmptyDeploy) return;
  if (built.components.length > 0 || destructiveMembers(built).length > 0) return;
  const source = settings.packageSource;
  const where = source?.kind === "source" ? source.manifest ? "the manifest names no component" : "every file of the package directories is ignored or none holds metadata; check source-dir and .forceignore (a line such as ** ignores everything)" : "metadata-dir holds no component";
  throw new ActionError(
    `The package is empty: ${where}. Nothing would be deployed, yet the org would report success, so the run stops (allow-empty-deploy: true submits it anyway).`
  );
}
async function buildFromSettings(settings, env) {
  const source = settings.packageSource;
  if (!source)
    throw new ActionError(
      `mode ${settings.mode} needs a package: set source-dir, manifest or metadata-dir.`
    );
  const relative = (abs) => path3.relative(settings.workspace, abs).split(path3.sep).join("/");
  const disk = new FsSourceTree(settings.workspace);
  try {
    if (source.kind === "metadata-zip") return await readMetadataZip(await readFile(source.path));
    if (source.kind === "metadata-dir") return await readMetadataDir(disk, relative(source.path));
    const projectDir = relative(source.projectDir);
    const inline = inlineManifests(projectDir, source.inline);
    return await buildPackage(inline ? new InlineFilesTree(disk, inline.files) : disk, {
      projectDir,
      sourceDirs: source.sourceDirs,
      ...inline?.manifest ? { manifest: inline.manifest } : source.manifest ? { manifest: relative(source.manifest) } : {},
      ...settings.preDestructiveChanges ? { preDestructiveChanges: relative(settings.preDestructiveChanges) } : {},
      ...inline?.postDestructiveChanges ? { postDestructiveChanges: inline.postDestructiveChanges } : settings.postDestructiveChanges ? { postDestructiveChanges: relative(settings.postDestructiveChanges) } : {},
      ...settings.apiVersion ? { apiVersion: settings.apiVersion } : {},
      ignoreUnknown: source.ignoreUnknown,
      env
    });
  } catch (error) {
    if (error instanceof BuildError) throw new ActionError(error.message);
    if (error.code === "ENOENT") {
      throw new ActionError(
        `metadata-dir: ${error.path ?? "the file"} does not exist.`
      );
    }
    throw error;
  }
}
var INLINE_DIR = ".sf-deploy-action-inline";
function inlineManifests(projectDir, inline) {
  if (!inline?.manifest && !inline?.postDestructiveChanges) return void 0;
  const files = /* @__PURE__ */ new Map();
  const add = (name, xml) => {
    if (xml === void 0) return void 0;
    const file = `${INLINE_DIR}/${name}`;
    files.set(joinTreePath(projectDir, file), new TextEncoder().encode(xml));
    return file;
  };
  const manifest = add("package.xml", inline.manifest);
  const post = add("destructiveChangesPost.xml", inline.postDestructiveChanges);
  return {
    files,
    ...manifest ? { manifest } : {},
    ...post ? { postDestructiveChanges: post } : {}
  };
}
async function deltaDeployPackage(delta) {
  const pkg = toDeployPackage(delta.build.built, await zipPackage(delta.build.built.files));
  return {
    ...pkg,
    ...delta.tests ? { tests: delta.tests } : {},
    ...delta.nothingToDeploy ? { nothingToDeploy: delta.nothingToDeploy } : {},
    // The test choice is told once, in the delta's section (and the verdict's test level).
    notes: [...pkg.notes ?? [], ...delta.notes.filter((note) => note !== delta.tests?.note)],
    outputs: delta.outputs,
    sections: [delta.section]
  };
}
function toDeployPackage(built, zip) {
  let unzippedBytes = 0;
  const files = built.files;
  if (files instanceof PackageFiles)
    for (const name of files.keys()) unzippedBytes += files.byteLength(name);
  else for (const bytes of files.values()) unzippedBytes += bytes.byteLength;
  const map = built.sourceMap;
  return {
    zip,
    fileCount: built.files.size,
    unzippedBytes,
    packageXml: built.packageXml,
    components: built.components,
    deletions: destructiveMembers(built).length,
    apiVersion: built.apiVersion,
    resolveSource: (q) => resolveSource(map, q),
    resolveApexSource: (type, name) => resolveSource(map, {
      fileName: type === "Class" ? `classes/${name}.cls` : `triggers/${name}.trigger`
    })?.path,
    warnings: built.warnings,
    // What the builder left out on purpose (files that are not metadata), for the summary.
    ...built.notes && built.notes.length > 0 ? { notes: built.notes } : {},
    contentHash: contentHash(built.files)
  };
}
var DESTRUCTIVE = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function destructiveMembers(built) {
  return DESTRUCTIVE.flatMap((file) => {
    const bytes = built.files.get(file);
    if (!bytes) return [];
    return parsePackageXml(decodeUtf8(bytes), file).members.map((m) => ({
      type: m.type,
      fullName: m.fullName,
      file
    }));
  });
}
async function workspaceSourceLookups(workspace, env) {
  const tree = new FsSourceTree(workspace);
  if (!await tree.exists("sfdx-project.json")) return void 0;
  try {
    const built = await buildPackage(tree, {
      projectDir: "",
      sourceDirs: [],
      ignoreUnknown: true,
      env
    });
    const { resolveSource: resolveSource2, resolveApexSource } = toDeployPackage(built, new Uint8Array());
    return {
      ...resolveSource2 ? { resolveSource: resolveSource2 } : {},
      ...resolveApexSource ? { resolveApexSource } : {}
    };
  } catch {
    return void 0;
  }
}

// src/shared/plural.ts
function plural(n, noun, nouns = `${noun}s`) {
  return `${n} ${n === 1 ? noun : nouns}`;
}

// src/modes/build/build-summary.ts
function renderBuildSummary(input) {
  const kib = Math.max(1, Math.round(input.zipBytes / 1024));
  return [
    `## \u{1F4E6} Package built \u2014 ${plural(input.components.length, "component")} to deploy, ${plural(input.deletions.length, "deletion")}`,
    "",
    `API v${escapeInline(input.apiVersion)} \xB7 ${plural(input.fileCount, "file")} \xB7 ${kib} KiB \xB7 ${codeSpan(input.zipPath)} \xB7 nothing was sent to an org.`,
    "",
    ...input.warnings.map((w) => `> \u26A0\uFE0F ${escapeInline(w)}`),
    ...input.warnings.length > 0 ? [""] : [],
    ...byType("To deploy", input.components),
    ...byType("To delete", input.deletions),
    ...input.sections,
    ""
  ].join("\n");
}
function byType(title, members) {
  if (members.length === 0) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const m of members) groups.set(m.type, [...groups.get(m.type) ?? [], m.fullName]);
  const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, names]) => [escapeTableCell(type), String(names.length), namesCell(names)]);
  return [
    `### ${title} (${members.length})`,
    "",
    ...details("By type", table(["Type", "Count", "Names"], rows)),
    ""
  ];
}
var NAMES_PER_TYPE = 50;
function namesCell(names) {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, NAMES_PER_TYPE).map(codeSpanInCell).join(", ");
  const more2 = sorted.length - NAMES_PER_TYPE;
  return more2 > 0 ? `${shown}, \u2026 and ${more2} more` : shown;
}

// src/modes/build/run-build-mode.ts
async function runBuildMode(settings, deps) {
  const { logger } = deps;
  const delta = await deltaForSettings(settings, logger, deps.env);
  const built = delta?.build.built ?? await buildFromSettings(settings, deps.env);
  const outDir = path4.join(settings.report.resultsDir, "package");
  for (const [name, bytes] of built.files) {
    const target = path4.join(outDir, name);
    await mkdir(path4.dirname(target), { recursive: true });
    await writeFile2(target, bytes);
  }
  const zipPath = path4.join(settings.report.resultsDir, "package.zip");
  const zip = await zipPackage(built.files);
  await writeFile2(zipPath, zip);
  for (const warning of built.warnings) logger.warning(warning);
  for (const note of built.notes ?? []) logger.info(note);
  const deletions = destructiveMembers(built);
  logger.info(
    `Built ${built.components.length} components and ${deletions.length} deletions (${built.files.size} files) into ${outDir} and ${zipPath}`
  );
  return {
    verdict: { success: true },
    outputs: {
      ...delta?.outputs ?? {},
      "package-path": zipPath,
      "package-xml-path": path4.join(outDir, "package.xml")
    },
    summary: [
      renderBuildSummary({
        components: built.components,
        deletions,
        fileCount: built.files.size,
        zipBytes: zip.byteLength,
        apiVersion: built.apiVersion,
        zipPath: path4.relative(settings.workspace, zipPath).split(path4.sep).join("/"),
        warnings: built.warnings,
        sections: delta ? [delta.section] : []
      })
    ]
  };
}

// src/model/component-counts.ts
var DESTRUCTIVE_FILE = /(^|\/)destructiveChanges(Pre|Post)?\.xml$/;
function isDeletion(m) {
  return m.deleted || m.componentType !== "" && DESTRUCTIVE_FILE.test(m.fileName);
}
function componentCounts(result2) {
  const successes = result2.details?.componentSuccesses ?? [];
  const failures = result2.details?.componentFailures ?? [];
  const key3 = (m) => `${m.componentType}\0${m.fullName}\0${m.problem ?? ""}`;
  const deletedOk = new Set(successes.filter(isDeletion).map(key3));
  const deletedFailed = new Set(failures.filter(isDeletion).map(key3));
  const deletions = (/* @__PURE__ */ new Set([...deletedOk, ...deletedFailed])).size;
  return {
    total: Math.max(0, result2.numberComponentsTotal - deletions),
    deployed: Math.max(0, result2.numberComponentsDeployed - deletedOk.size),
    deletions
  };
}

// src/report/report-components.ts
var EMBEDDED_LOCATION = /\[Line: (\d+), Col: (\d+)\]/;
var NOT_FOUND = /^No (\S+) named: (.+) found$/;
function buildComponentSection(result2, resolvers) {
  const failures = result2.details?.componentFailures ?? [];
  const ignoredWarnings = (result2.details?.componentSuccesses ?? []).filter(
    (m) => m.problemType === "Warning" && (m.problem ?? "").trim() !== ""
  );
  const issues = dedupeIssues([...failures, ...ignoredWarnings].map((m) => toIssue(m, resolvers)));
  const failed = new Set(failures.map(componentKey));
  const rows = (result2.details?.componentSuccesses ?? []).filter((m) => !isManifest(m) && !failed.has(componentKey(m))).map(toRow);
  const successes = rows.filter((r) => r.state !== "Deleted");
  const deleted = rows.filter((r) => r.state === "Deleted");
  const ordered = [...issues].sort(byFileAndLine);
  return {
    errors: ordered.filter((i) => i.severity === "error"),
    warnings: ordered.filter((i) => i.severity === "warning"),
    successes,
    deleted,
    ...componentCounts(result2),
    byState: countStates(rows),
    byType: countTypes(rows)
  };
}
function isManifest(m) {
  const base = m.fileName.split("/").pop() ?? "";
  return m.componentType === "" || base === "package.xml" || /^destructiveChanges(Pre|Post)?\.xml$/.test(base);
}
function componentKey(m) {
  return `${m.componentType}\0${m.fullName}`;
}
function toIssue(m, resolvers) {
  const severity = m.problemType === "Warning" || m.problemType === "Info" ? "warning" : "error";
  const problem = m.problem?.trim() || (severity === "error" ? "No problem text from Salesforce." : "");
  const embedded = EMBEDDED_LOCATION.exec(problem);
  const line = m.lineNumber ?? (embedded ? Number(embedded[1]) : void 0);
  const column = m.columnNumber ?? (embedded ? Number(embedded[2]) : void 0);
  const manifest = isManifest(m);
  const source = manifest ? void 0 : resolveComponent(m, line, resolvers);
  const finalLine = source?.line ?? line;
  return {
    severity,
    componentType: m.componentType,
    // A destructive manifest's message names the manifest as its component; the problem text
    // names the component ("No ApexClass named: Foo found").
    fullName: (manifest ? NOT_FOUND.exec(problem)?.[2] : void 0) ?? m.fullName,
    fileName: m.fileName,
    problem,
    ...finalLine !== void 0 && finalLine >= 1 ? { line: finalLine } : {},
    ...column !== void 0 && column >= 1 ? { column } : {},
    ...source ? { path: source.path } : {},
    manifest
  };
}
function resolveComponent(m, line, { resolveSource: resolveSource2, resolveApexSource }) {
  const found = resolveSource2?.({
    fileName: m.fileName,
    componentType: m.componentType,
    fullName: m.fullName,
    ...line !== void 0 ? { lineNumber: line } : {}
  });
  if (found) return found;
  const apexType = m.componentType === "ApexClass" ? "Class" : m.componentType === "ApexTrigger" ? "Trigger" : void 0;
  const path21 = apexType ? resolveApexSource?.(apexType, m.fullName) : void 0;
  return path21 ? { path: path21 } : void 0;
}
function dedupeIssues(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((i) => {
    const key3 = [i.severity, i.componentType, i.fullName, i.problem, i.line, i.column].join(
      "\0"
    );
    if (seen.has(key3)) return false;
    seen.add(key3);
    return true;
  });
}
function toRow(m) {
  const state = m.created ? "Created" : m.deleted ? "Deleted" : m.changed ? "Changed" : "Unchanged";
  return { componentType: m.componentType, fullName: m.fullName, fileName: m.fileName, state };
}
function countStates(rows) {
  const counts = {
    Created: 0,
    Changed: 0,
    Unchanged: 0,
    Deleted: 0
  };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}
function countTypes(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows) counts.set(r.componentType, (counts.get(r.componentType) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}
function byFileAndLine(a, b) {
  return (a.path ?? a.fileName).localeCompare(b.path ?? b.fileName) || (a.line ?? 0) - (b.line ?? 0);
}

// src/report/report-coverage.ts
var SALESFORCE_COVERAGE_PERCENT = 75;
function buildCoverageSection(result2, resolveApex, threshold) {
  const run2 = result2.details?.runTestResult;
  const deployed = deployedApex(result2);
  const flagAt = threshold ?? SALESFORCE_COVERAGE_PERCENT;
  const entries = (run2?.coverage ?? []).map((c) => toEntry(c, resolveApex, deployed, flagAt)).sort(worstFirst);
  const aggregate = aggregateOf(entries);
  const warnings = (run2?.coverageWarnings ?? []).map((w) => ({ ...w }));
  const orgWide = warnings.find((w) => w.name === void 0);
  const hint = orgWide ? /is (\d+(?:\.\d+)?)%/.exec(orgWide.message)?.[1] : void 0;
  return {
    entries,
    ...aggregate ? { aggregate } : {},
    ...hint !== void 0 ? { orgWidePercentHint: Number(hint) } : {},
    warnings,
    exactLines: entries.length > 0 && entries.every((e) => e.linesCovered !== void 0),
    ...threshold !== void 0 ? { threshold: evaluateThreshold(entries, aggregate, threshold) } : {}
  };
}
function percentOf(covered, total) {
  return Math.round(covered / total * 1e4) / 100;
}
function evaluateThreshold(entries, aggregate, threshold) {
  if (!aggregate) {
    return {
      threshold,
      evaluated: false,
      passed: true,
      aggregateBelow: false,
      classesBelow: [],
      reason: "no coverage data in this result"
    };
  }
  const classesBelow = entries.filter(
    (e) => e.deployed && e.percent !== void 0 && e.percent < threshold
  );
  const aggregateBelow = aggregate.percent < threshold;
  return {
    threshold,
    evaluated: true,
    passed: !aggregateBelow && classesBelow.length === 0,
    aggregateBelow,
    classesBelow
  };
}
function toEntry(c, resolveApex, deployed, flagAt) {
  const covered = Math.max(0, c.numLocations - c.numLocationsNotCovered);
  const percent = c.numLocations > 0 ? percentOf(covered, c.numLocations) : void 0;
  const path21 = resolveApex?.(c.type, c.name);
  return {
    name: c.name,
    ...c.namespace ? { namespace: c.namespace } : {},
    type: c.type,
    ...path21 ? { path: path21 } : {},
    numLocations: c.numLocations,
    covered,
    ...percent !== void 0 ? { percent } : {},
    linesNotCovered: uniqueSorted(c.linesNotCovered),
    ...c.linesCovered ? { linesCovered: uniqueSorted(c.linesCovered) } : {},
    deployed: deployed.has(`${c.type}:${c.name}`),
    belowThreshold: percent !== void 0 && percent < flagAt
  };
}
function deployedApex(result2) {
  const names = /* @__PURE__ */ new Set();
  const messages = [
    ...result2.details?.componentSuccesses ?? [],
    ...result2.details?.componentFailures ?? []
  ];
  for (const m of messages) {
    if (m.componentType === "ApexClass") names.add(`Class:${m.fullName}`);
    if (m.componentType === "ApexTrigger") names.add(`Trigger:${m.fullName}`);
  }
  return names;
}
function aggregateOf(entries) {
  const measured = entries.filter((e) => e.numLocations > 0);
  if (measured.length === 0) return void 0;
  const total = measured.reduce((sum, e) => sum + e.numLocations, 0);
  const covered = measured.reduce((sum, e) => sum + e.covered, 0);
  return { covered, total, percent: percentOf(covered, total) };
}
function worstFirst(a, b) {
  if (a.percent === void 0 || b.percent === void 0) {
    if (a.percent !== b.percent) return a.percent === void 0 ? 1 : -1;
  } else if (a.percent !== b.percent) {
    return a.percent - b.percent;
  }
  return b.numLocations - b.covered - (a.numLocations - a.covered) || a.name.localeCompare(b.name);
}
function uniqueSorted(lines) {
  return [...new Set(lines.filter((l) => Number.isInteger(l) && l >= 1))].sort((a, b) => a - b);
}

// src/report/stack-trace.ts
var FRAME = /^(?:(Class|Trigger)\.)?([\w.<>$]+?)(?:\.<init>|\.<clinit>)?: line (\d+)(?:, column (\d+))?\s*$/;
function parseStackTrace(stackTrace) {
  if (!stackTrace) return [];
  const frames = [];
  for (const raw of stackTrace.split(/\r?\n/)) {
    const text2 = raw.trim();
    const match = FRAME.exec(text2);
    if (!match) continue;
    const [, kind, names, line, column] = match;
    const lineNumber = Number(line);
    if (!names || !(lineNumber >= 1)) continue;
    frames.push({
      kind: kind === "Class" || kind === "Trigger" ? kind : "Other",
      segments: names.split("."),
      line: lineNumber,
      ...column !== void 0 && Number(column) >= 1 ? { column: Number(column) } : {},
      text: text2
    });
  }
  return frames;
}
function frameCandidates(frame) {
  const [first, second] = frame.segments;
  if (frame.kind === "Trigger") {
    if (frame.segments.length >= 2 && second)
      return [
        { type: "Trigger", name: second, namespace: first },
        ...first ? [{ type: "Trigger", name: first }] : []
      ];
    return first ? [{ type: "Trigger", name: first }] : [];
  }
  if (frame.kind !== "Class" || !first) return [];
  const candidates2 = [
    { type: "Class", name: first }
  ];
  if (frame.segments.length >= 3 && second)
    candidates2.push({ type: "Class", name: second, namespace: first });
  return candidates2;
}
function frameIsInClass(frame, className, namespace) {
  if (frame.kind !== "Class") return false;
  const [first, second] = frame.segments;
  if (namespace && first === namespace && second === className) return true;
  return first === className;
}

// src/report/report-tests.ts
var SLOWEST_TESTS = 10;
function buildTestSection(result2, resolveApex) {
  const run2 = result2.details?.runTestResult;
  const rows = (run2?.tests ?? []).map((t) => toRow2(t, resolveApex));
  const failures = rows.filter((r) => r.outcome === "Fail");
  const passes = rows.filter((r) => r.outcome === "Pass");
  const slowest = [...rows].sort((a, b) => b.timeMs - a.timeMs || testName(a).localeCompare(testName(b))).slice(0, SLOWEST_TESTS);
  const total = rows.length > 0 ? rows.length : Math.max(run2?.numTestsRun ?? 0, result2.numberTestsTotal);
  const failed = rows.length > 0 ? failures.length : Math.max(run2?.numFailures ?? 0, result2.numberTestErrors);
  return {
    ran: total > 0,
    total,
    passed: rows.length > 0 ? passes.length : result2.numberTestsCompleted,
    failed,
    totalTimeMs: run2?.totalTimeMs ?? 0,
    failures,
    passes,
    slowest
  };
}
function testName(t) {
  return t.methodName ? `${t.qualifiedClass}.${t.methodName}` : `${t.qualifiedClass} (class-level)`;
}
function toRow2(t, resolveApex) {
  const path21 = resolveApex?.("Class", t.className);
  const location2 = t.outcome === "Fail" ? locateFailure(t, path21, resolveApex) : void 0;
  const exceptionType = t.message ? exceptionTypeOf(t.message) : void 0;
  return {
    className: t.className,
    ...t.namespace ? { namespace: t.namespace } : {},
    qualifiedClass: t.namespace ? `${t.namespace}.${t.className}` : t.className,
    ...t.methodName ? { methodName: t.methodName } : {},
    outcome: t.outcome,
    timeMs: t.timeMs,
    ...t.message !== void 0 ? { message: t.message } : {},
    ...t.stackTrace ? { stackTrace: t.stackTrace } : {},
    ...exceptionType ? { exceptionType } : {},
    ...path21 ? { path: path21 } : {},
    ...location2 ? { location: location2 } : {},
    ...t.retryNote ? { retryNote: t.retryNote } : {}
  };
}
function locateFailure(t, testPath, resolveApex) {
  const frames = parseStackTrace(t.stackTrace);
  const own2 = frames.find((f) => frameIsInClass(f, t.className, t.namespace));
  if (own2 && testPath)
    return { path: testPath, line: own2.line, ...own2.column ? { column: own2.column } : {} };
  for (const frame of frames) {
    for (const candidate of frameCandidates(frame)) {
      const path21 = resolveApex?.(candidate.type, candidate.name);
      if (path21) return { path: path21, line: frame.line, ...frame.column ? { column: frame.column } : {} };
    }
  }
  return void 0;
}
function exceptionTypeOf(message) {
  const head = message.split(":", 1)[0]?.trim() ?? "";
  return /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*(Exception|Error)$/.test(head) ? head : void 0;
}

// src/report/report-model.ts
function buildReport(input) {
  const { result: result2 } = input;
  const components2 = buildComponentSection(result2, input);
  const tests = buildTestSection(result2, input.resolveApexSource);
  const coverage = buildCoverageSection(result2, input.resolveApexSource, input.coverageThreshold);
  const verdict = buildVerdict(input);
  const thresholdFailed = coverage.threshold?.passed === false;
  const extraFailed = (input.extraFailures?.length ?? 0) > 0;
  const deployPassed = input.mode === "cancel" ? verdict.outcome === "canceled" : verdict.outcome === "succeeded" || verdict.outcome === "partial" && input.acceptPartial === true;
  const notes = [...input.notes ?? [], ...thresholdNotes(coverage)];
  return {
    verdict,
    ...result2.errorMessage ? {
      deployError: {
        ...result2.errorStatusCode ? { statusCode: result2.errorStatusCode } : {},
        message: result2.errorMessage
      }
    } : {},
    reasons: [
      ...explainFailure(result2, verdict, components2, tests, coverage),
      ...thresholdReasons(coverage),
      ...input.extraFailures ?? []
    ],
    components: components2,
    tests,
    coverage,
    notes,
    ...input.extraSections ? { extraSections: input.extraSections } : {},
    ...input.blobBaseUrl ? { blobBaseUrl: input.blobBaseUrl } : {},
    ...input.testLevel ? { testLevel: input.testLevel } : {},
    conclusion: verdict.nothingCanceled ? "failure" : (thresholdFailed || extraFailed) && deployPassed ? "failure" : conclusionOf(verdict.outcome, input.acceptPartial === true),
    passed: deployPassed && !thresholdFailed && !extraFailed,
    result: result2
  };
}
function deployStatusUrl(instanceUrl, id) {
  const base = instanceUrl.replace(/\/+$/, "");
  return `${base}/lightning/setup/DeployStatus/page?address=%2Fchangemgmt%2FmonitorDeploymentsDetails.apexp%3FasyncId%3D${encodeURIComponent(id)}%26retURL%3D%252Fchangemgmt%252FmonitorDeployment.apexp`;
}
function outcomeOf(result2) {
  if (!result2.done) return "running";
  if (result2.status === "Canceled") return "canceled";
  if (result2.status === "SucceededPartial") return "partial";
  return isCleanSuccess(result2) ? "succeeded" : "failed";
}
function committed(verdict) {
  return verdict.outcome === "succeeded" || verdict.outcome === "partial";
}
function conclusionOf(outcome, acceptPartial) {
  switch (outcome) {
    case "succeeded":
      return "success";
    case "partial":
      return acceptPartial ? "neutral" : "failure";
    case "canceled":
      return "cancelled";
    case "running":
      return "timed_out";
    default:
      return "failure";
  }
}
var OPERATIONS = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  report: "Deploy",
  cancel: "Deploy"
};
function buildVerdict(input) {
  const { result: result2 } = input;
  const outcome = outcomeOf(result2);
  const byId = input.mode === "report" || input.mode === "cancel";
  const operation = byId && result2.checkOnly ? "Validation" : OPERATIONS[input.mode];
  const expires = result2.checkOnly && outcome === "succeeded" && result2.completedDate ? new Date(result2.completedDate.getTime() + QUICK_DEPLOY_WINDOW_MS) : void 0;
  return {
    mode: input.mode,
    operation,
    outcome,
    status: result2.status,
    success: result2.success,
    done: result2.done,
    checkOnly: result2.checkOnly,
    deployId: result2.id,
    ...input.validationId ? { validationId: input.validationId } : {},
    orgLabel: input.orgLabel,
    apiVersion: input.apiVersion,
    deployUrl: deployStatusUrl(input.instanceUrl, result2.id),
    ...result2.createdDate ? { createdDate: result2.createdDate } : {},
    ...result2.startDate ? { startDate: result2.startDate } : {},
    ...result2.completedDate ? { completedDate: result2.completedDate } : {},
    ...msBetween("queuedMs", result2.createdDate, result2.startDate),
    ...msBetween("runMs", result2.startDate, result2.completedDate),
    ...expires ? { validationExpiresAt: expires } : {},
    ...input.mode === "cancel" && outcome !== "canceled" && outcome !== "running" ? { nothingCanceled: true } : {}
  };
}
function msBetween(key3, from, to) {
  if (!from || !to) return {};
  return { [key3]: Math.max(0, to.getTime() - from.getTime()) };
}
function explainFailure(result2, verdict, components2, tests, coverage) {
  if (verdict.outcome === "succeeded") return [];
  if (verdict.outcome === "running") {
    return [
      `The deploy is still running in the org (status ${result2.status}). Report on it later by id ${result2.id}.`
    ];
  }
  if (verdict.outcome === "canceled") {
    return [
      `The deploy was canceled${result2.canceledByName ? ` by ${result2.canceledByName}` : ""}.`
    ];
  }
  const reasons = [];
  if (result2.errorMessage)
    reasons.push(
      `Deploy error${result2.errorStatusCode ? ` ${result2.errorStatusCode}` : ""}: ${result2.errorMessage}`
    );
  if (components2.errors.length > 0)
    reasons.push(`${plural(components2.errors.length, "component error")}.`);
  if (tests.failed > 0) {
    const first = tests.failures[0];
    reasons.push(
      `${plural(tests.failed, "test failure")}${first ? `, first: ${testName(first)}` : ""}.`
    );
  }
  if (coverage.warnings.length > 0) reasons.push("Code coverage below the required level.");
  if (components2.warnings.length > 0 && !result2.ignoreWarnings && result2.status === "Failed") {
    reasons.push(
      `${plural(components2.warnings.length, "component warning")} failed the deploy because ignoreWarnings is false.`
    );
  }
  if (reasons.length === 0) {
    reasons.push(
      `Salesforce reported ${result2.status} without details (success=${String(result2.success)}, done=${String(result2.done)}, component errors ${result2.numberComponentErrors}, test errors ${result2.numberTestErrors}).`
    );
  }
  return reasons;
}
var THRESHOLD_REASON = "Coverage below the configured threshold of";
function thresholdReasons(coverage) {
  const t = coverage.threshold;
  if (!t || t.passed) return [];
  const parts = [];
  if (t.aggregateBelow && coverage.aggregate)
    parts.push(`aggregate ${coverage.aggregate.percent} %`);
  const names = t.classesBelow.map((e) => `${e.name} ${e.percent ?? 0} %`);
  if (names.length > 0)
    parts.push(
      `deployed classes and triggers below it (${names.length}): ${names.slice(0, 20).join(", ")}${names.length > 20 ? ", \u2026" : ""}`
    );
  return [`${THRESHOLD_REASON} ${t.threshold} %: ${parts.join("; ")}.`];
}
function thresholdNotes(coverage) {
  const t = coverage.threshold;
  if (!t || t.evaluated) return [];
  return [`Coverage threshold ${t.threshold} % not evaluated: ${t.reason ?? "no data"}.`];
}

// src/deploy/outcome-outputs.ts
function outcomeOutputs(outcome, verdict) {
  const result2 = outcome.result ?? outcome.timedOut?.last;
  const tests = result2?.details?.runTestResult;
  const out = {
    status: outcome.nothingToDeploy ? "NothingToDeploy" : outcome.submitted ? "Submitted" : result2?.status ?? "Unknown",
    success: String(verdict.success)
  };
  if (outcome.deployId) out["deploy-id"] = outcome.deployId;
  if (result2) {
    const counts = componentCounts(result2);
    out["components-total"] = String(counts.total);
    out["components-deleted"] = String(counts.deletions);
    const rolledBack = result2.done && !committed({ outcome: outcomeOf(result2) });
    out["components-deployed"] = rolledBack ? "0" : String(counts.deployed);
    out["component-errors"] = String(result2.numberComponentErrors);
    out["tests-run"] = String(
      tests?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors
    );
    out["tests-failed"] = String(tests?.numFailures ?? result2.numberTestErrors);
  }
  if (outcome.mode === "validate" && verdict.success && outcome.deployId)
    out["validated-id"] = outcome.deployId;
  if (outcome.mode === "quick-deploy" && outcome.deployId) out["quick-deploy-id"] = outcome.deployId;
  return out;
}

// src/source/fs-project-api-version.ts
import { readFile as readFile2 } from "node:fs/promises";
import path5 from "node:path";
async function readProjectApiVersion(projectDir) {
  let text2;
  try {
    text2 = await readFile2(path5.join(projectDir, "sfdx-project.json"), "utf8");
  } catch (error) {
    const code = error.code;
    return {
      missing: code === "ENOENT" || code === "ENOTDIR" ? "the workspace has no sfdx-project.json" : `sfdx-project.json could not be read (${code ?? String(error)})`
    };
  }
  let json;
  try {
    json = parseJson(text2, "sfdx-project.json");
  } catch {
    return { missing: "sfdx-project.json is not valid JSON" };
  }
  const version = json?.sourceApiVersion;
  if (typeof version === "string" && /^\d{2,3}\.0$/.test(version)) return { version };
  return { missing: "sfdx-project.json sets no sourceApiVersion" };
}

// src/deploy/follow-api-version.ts
function chooseFollowVersion(input, project) {
  if (input) return { wanted: input, source: "input" };
  if (project?.version) return { wanted: project.version, source: "project" };
  return {
    source: "org-max",
    missing: project?.missing ?? "no SFDX project (sfdx-project.json) to take it from"
  };
}
async function followVersion(settings) {
  if (settings.apiVersion) return chooseFollowVersion(settings.apiVersion, void 0);
  const source = settings.packageSource;
  const project = source?.kind === "source" ? await readProjectApiVersion(source.projectDir) : void 0;
  return chooseFollowVersion(void 0, project);
}
function followVersionNote(subject, used, choice) {
  const unrecorded = "the org does not record which API version a deploy was made with";
  if (choice.source === "input" && choice.wanted === used) return void 0;
  if (choice.source === "project" && choice.wanted === used)
    return `${subject} at API ${used}, the project's sourceApiVersion; ${unrecorded}.`;
  const why = choice.source === "org-max" ? choice.missing ?? "" : `${choice.wanted ?? ""} is newer than the org supports`;
  return `${subject} at API ${used}, the org's maximum (${why}); ${unrecorded}, so it may have been made at another version.`;
}

// src/deploy/poll-schedule.ts
var FIRST_POLL_MS = 1e3;
var AFTER_CHANGE_MS = 2e3;
var GROWTH = 1.5;
var JITTER = 0.1;
function nextPollDelay(previousMs, statusChanged, maxMs, random) {
  const base = previousMs === void 0 ? FIRST_POLL_MS : statusChanged ? AFTER_CHANGE_MS : Math.min(maxMs, previousMs * GROWTH);
  const jitter = 1 + (random() * 2 - 1) * JITTER;
  return Math.round(Math.min(maxMs, base) * jitter);
}
function transientRetryDelay(consecutiveErrors) {
  return Math.min(3e4, 1e3 * 2 ** Math.max(0, consecutiveErrors - 1));
}

// src/deploy/progress.ts
function formatProgress(result2) {
  const parts = [result2.status || "Unknown"];
  const verb = result2.checkOnly ? "validated" : "deployed";
  if (result2.numberComponentsTotal > 0) {
    const counts = result2.details ? componentCounts(result2) : void 0;
    const errors = result2.numberComponentErrors > 0 ? ` (${plural(result2.numberComponentErrors, "error")})` : "";
    const deletions = counts && counts.deletions > 0 ? `, ${plural(counts.deletions, "deletion")}` : "";
    parts.push(
      `components ${counts?.deployed ?? result2.numberComponentsDeployed}/${counts?.total ?? result2.numberComponentsTotal} ${verb}${deletions}${errors}`
    );
  }
  if (result2.numberTestsTotal > 0) {
    const done = result2.numberTestsCompleted + result2.numberTestErrors;
    const failed = result2.numberTestErrors > 0 ? ` (${result2.numberTestErrors} failed)` : "";
    parts.push(`tests ${done}/${result2.numberTestsTotal}${failed}`);
  }
  if (result2.stateDetail && !result2.done) parts.push(result2.stateDetail);
  return parts.join(" \xB7 ");
}

// src/deploy/wait-for-deploy.ts
var DETAILS_MIN_INTERVAL_MS = 3e4;
var HEARTBEAT_MS = 6e4;
async function waitForDeploy(id, ports, options) {
  const started = ports.clock.now();
  const poller = new Poller(id, ports, options);
  let delay;
  let last;
  for (; ; ) {
    const changed = last !== void 0 && poller.statusChanged;
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random);
    const remaining = started + options.waitMs - ports.clock.now();
    if (remaining <= 0) return { kind: "timed-out", ...last ? { last } : {} };
    await ports.clock.sleep(Math.min(delay, remaining));
    const status = await poller.poll(started + options.waitMs);
    if (status === void 0) continue;
    last = status;
    if (status.done) {
      const final = await readFinal(id, ports, options);
      if (final.done) {
        poller.logFinal(final);
        return { kind: "done", result: final };
      }
      poller.noteNotDoneYet(status, final);
      last = final;
      continue;
    }
    await poller.reportNewFailures(status);
  }
}
async function readFinal(id, ports, options) {
  let result2 = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options);
  for (let attempt = 1; attempt <= 3 && coverageLinesMissing(result2); attempt++) {
    ports.logger.debug(`coverage lines not ready yet; reading details again (${attempt}/3)`);
    await ports.clock.sleep(3e3);
    result2 = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options);
  }
  return result2;
}
function coverageLinesMissing(result2) {
  const coverage = result2.details?.runTestResult?.coverage ?? [];
  return coverage.some((c) => c.numLocationsNotCovered > 0 && c.linesNotCovered.length === 0);
}
async function withRetries(call, ports, options, what) {
  const started = ports.clock.now();
  const named = (text2) => what ? `${what}: ${text2}` : text2;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (ports.clock.now() - started >= options.maxErrorStreakMs) {
        if (!what) throw streakError(error, options);
        const minutes = Math.round(options.maxErrorStreakMs / 6e4);
        throw new ActionError(
          named(`the org kept failing for ${minutes} minutes (${error.message}).`)
        );
      }
      if (attempt === 1) ports.logger.warning(named(`${error.message}; retrying`));
      const left = options.maxErrorStreakMs - (ports.clock.now() - started);
      await ports.clock.sleep(
        Math.max(0, Math.min(Math.max(transientRetryDelay(attempt), error.retryAfterMs ?? 0), left))
      );
    }
  }
}
function streakError(error, options) {
  const minutes = Math.round(options.maxErrorStreakMs / 6e4);
  return new ActionError(
    `The org kept failing for ${minutes} minutes (${error.message}); giving up polling.`
  );
}
var Poller = class {
  lastLine = "";
  lastLineAt = 0;
  lastStatus = "";
  statusChanged = false;
  errorStreakStart;
  errorsSeen = 0;
  lastDetailsAt = -Infinity;
  id;
  ports;
  options;
  constructor(id, ports, options) {
    this.id = id;
    this.ports = ports;
    this.options = options;
  }
  /** One light status call; undefined after a transient error that is retried later. */
  async poll(deadline) {
    try {
      const status = await this.ports.api.checkDeployStatus(this.id, false);
      this.endStreak();
      this.statusChanged = status.status !== this.lastStatus;
      this.lastStatus = status.status;
      if (!status.done) this.logProgress(status);
      return status;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      await this.onTransient(error, deadline);
      return void 0;
    }
  }
  async onTransient(error, deadline) {
    const now = this.ports.clock.now();
    if (this.errorStreakStart === void 0) {
      this.errorStreakStart = now;
      this.ports.logger.warning(`${error.message}; will keep polling`);
    }
    this.errorsSeen++;
    if (now - this.errorStreakStart >= this.options.maxErrorStreakMs)
      throw streakError(error, this.options);
    const pause = Math.max(transientRetryDelay(this.errorsSeen), error.retryAfterMs ?? 0);
    await this.ports.clock.sleep(Math.max(0, Math.min(pause, deadline - now)));
  }
  flipLogged = false;
  /** Logs (once) that the light poll said done but the detailed read did not; polling goes on. */
  noteNotDoneYet(light, detailed) {
    this.lastStatus = detailed.status;
    if (this.flipLogged) return;
    this.flipLogged = true;
    this.ports.logger.info(
      `The status poll says ${light.status} but the detailed read still says ${detailed.status}; polling on.`
    );
  }
  endStreak() {
    if (this.errorStreakStart !== void 0) this.ports.logger.info("The org answers again.");
    this.errorStreakStart = void 0;
    this.errorsSeen = 0;
  }
  /** The closing progress line, from the detailed final result. */
  logFinal(result2) {
    this.ports.logger.info(formatProgress(result2));
  }
  logProgress(status) {
    const line = formatProgress(status);
    const now = this.ports.clock.now();
    if (line !== this.lastLine || now - this.lastLineAt >= HEARTBEAT_MS) {
      this.ports.logger.info(line);
      this.lastLine = line;
      this.lastLineAt = now;
    }
  }
  errorCount = 0;
  loggedFailures = 0;
  /** When the error counters grow, one detailed call logs the new failures early. */
  async reportNewFailures(status) {
    const count = status.numberComponentErrors + status.numberTestErrors;
    const now = this.ports.clock.now();
    if (count <= this.errorCount || now - this.lastDetailsAt < DETAILS_MIN_INTERVAL_MS) return;
    this.lastDetailsAt = now;
    try {
      const detailed = await this.ports.api.checkDeployStatus(this.id, true);
      const failures = detailed.details?.componentFailures ?? [];
      for (const f of failures.slice(this.loggedFailures)) {
        this.ports.logger.info(`  \u2717 ${f.componentType} ${f.fullName}: ${f.problem ?? "failed"}`);
      }
      this.loggedFailures = Math.max(this.loggedFailures, failures.length);
      this.errorCount = count;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
    }
  }
};

// src/deploy/wait-options.ts
var MAX_ERROR_STREAK_MS = 10 * 6e4;
function waitOptionsFrom(settings, random) {
  return {
    waitMs: settings.waitMinutes * 6e4,
    maxIntervalMs: settings.pollIntervalMaxSeconds * 1e3,
    maxErrorStreakMs: MAX_ERROR_STREAK_MS,
    random
  };
}

// src/deploy/follow-deploy.ts
async function followDeploy(id, session, settings, ports, base) {
  if (settings.waitMinutes === 0 && settings.mode !== "report")
    return { ...base, deployId: id, submitted: true };
  const options = waitOptionsFrom(settings, ports.random);
  const wait = await waitForDeploy(
    id,
    { api: session.api, clock: ports.clock, logger: ports.logger },
    options
  );
  if (wait.kind === "done") return { ...base, deployId: id, result: wait.result };
  const notes = [...base.notes];
  if (settings.cancelOnTimeout) {
    const cancel = await withRetries(() => session.api.cancelDeploy(id), ports, options);
    notes.push(
      `The wait limit was reached; cancellation requested (${cancel.done ? "canceled" : "canceling"}).`
    );
  }
  return { ...base, deployId: id, timedOut: { ...wait.last ? { last: wait.last } : {} }, notes };
}
function sessionBase(settings, session, notes) {
  return {
    mode: settings.mode,
    notes: [...notes, ...session.notes],
    instanceUrl: session.connection.instanceUrl,
    ...session.connection.orgId ? { orgId: session.connection.orgId } : {},
    apiVersion: session.apiVersion
  };
}

// src/deploy/submit.ts
var MAX_SUBMIT_ATTEMPTS = 4;
async function submitOnce(what, call, ports) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (!error.safeToRepeat) {
        throw new ActionError(
          `${what} may or may not have reached the org (${error.message}). Check Setup > Deployment Status before running again, so the deploy is not started twice.`
        );
      }
      if (attempt >= MAX_SUBMIT_ATTEMPTS) {
        const hint = error.code === "REQUEST_LIMIT_EXCEEDED" ? " The org has used up its API request limit; run again later." : " Run again later.";
        throw new ActionError(`${what} failed ${attempt} times: ${error.message}.${hint}`);
      }
      ports.logger.warning(`${what}: ${error.message}; trying again`);
      await ports.clock.sleep(transientRetryDelay(attempt + 1));
    }
  }
}

// src/deploy/quick-deploy.ts
var QuickDeployRefusedError = class extends ActionError {
  name = "QuickDeployRefusedError";
};
async function quickDeployOperation(settings, ports) {
  const id = settings.validationId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  const note = followVersionNote(`Validation ${id} is quick-deployed`, session.apiVersion, version);
  if (note) ports.logger.info(note);
  const pkg = await packageForBackup(settings, ports);
  return quickDeployValidation(id, session, settings, ports, note ? [note] : [], pkg);
}
async function packageForBackup(settings, ports) {
  if (!ports.backup || !settings.packageSource || settings.retrieve.backup === "off")
    return void 0;
  try {
    return await ports.buildPackage(settings);
  } catch (error) {
    ports.logger.warning(
      `No backup before the quick deploy: the workspace package could not be built (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
    );
    return void 0;
  }
}
async function quickDeployValidation(validationId, session, settings, ports, notes, pkg) {
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger };
  const validation = await withRetries(
    () => session.api.checkDeployStatus(validationId, false),
    polling,
    waitOptionsFrom(settings, ports.random)
  ).catch((error) => {
    throw explainLookup(error, validationId);
  });
  const problems = quickDeployProblems(validation, ports.clock.now());
  if (problems.length > 0) {
    throw new QuickDeployRefusedError(
      `Validation ${validationId} cannot be quick-deployed: ${problems.join("; ")}.`
    );
  }
  if (validation.numberTestsTotal === 0) {
    ports.logger.warning(
      `Validation ${validationId} ran no tests; production orgs refuse to quick-deploy such validations.`
    );
  }
  const backup = pkg ? await ports.backup?.(pkg, session) : void 0;
  const id = await submitOnce(
    "The quick deploy request",
    () => session.api.deployRecentValidation(validationId),
    ports
  ).catch((error) => {
    throw explainRefusal(error, validationId);
  });
  ports.onDeployId(id);
  ports.logger.info(`Quick deploy of validation ${validationId} started: ${id}`);
  const base = sessionBase(settings, session, [...notes, ...backup?.notes ?? []]);
  return followDeploy(id, session, settings, ports, {
    ...base,
    validationId,
    // The package matched by content: the deploy receipt hashes its components.
    ...pkg ? { package: pkg } : {},
    ...backup ? { extraSections: backup.sections } : {}
  });
}
function explainLookup(error, id) {
  if (error instanceof ApiError && /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/.test(error.code)) {
    return new QuickDeployRefusedError(
      `Validation ${id} was not found in this org (${error.code}). Check validation-id and that the credentials are for the org that ran it.`
    );
  }
  return error;
}
function explainRefusal(error, id) {
  if (error instanceof ApiError && (/INVALID_ID_FIELD/.test(error.code) || error.status === 404)) {
    return new QuickDeployRefusedError(
      `Quick deploy of ${id} refused: ${error.message}. ${ORG_REFUSAL_HINT}`
    );
  }
  return error;
}

// src/drift/drift-step.ts
import path6 from "node:path";

// src/metadata-api/soap/crud-envelopes.ts
var METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
var el = (name, value) => `<met:${name}>${escapeXml(value)}</met:${name}>`;
function recordElement(name, record) {
  return `<met:${name} xmlns="${METADATA_NS}" xsi:type="${escapeXml(record.type)}">${record.innerXml}</met:${name}>`;
}
function upsertMetadataBody(records) {
  return `<met:upsertMetadata>${records.map((r) => recordElement("metadata", r)).join("")}</met:upsertMetadata>`;
}
function deleteMetadataBody(type, fullNames) {
  return `<met:deleteMetadata>${el("type", type)}${fullNames.map((n) => el("fullNames", n)).join("")}</met:deleteMetadata>`;
}
function readMetadataBody(type, fullNames) {
  return `<met:readMetadata>${el("type", type)}${fullNames.map((n) => el("fullNames", n)).join("")}</met:readMetadata>`;
}
function renameMetadataBody(type, oldFullName, newFullName) {
  return `<met:renameMetadata>${el("type", type)}${el("oldFullName", oldFullName)}${el("newFullName", newFullName)}</met:renameMetadata>`;
}

// src/metadata-api/soap/crud-client.ts
var CRUD_BATCH_LIMIT = 10;
function createSoapCrudApi(caller, apiVersion) {
  const call = soapCaller(caller, apiVersion);
  return {
    async upsert(records) {
      return listOf(await call("upsertMetadata", upsertMetadataBody(records))).map(
        (r) => crudResult(r, true)
      );
    },
    async delete(type, fullNames) {
      return listOf(
        await call("deleteMetadata", deleteMetadataBody(type, fullNames))
      ).map((r) => crudResult(r, false));
    },
    async rename(type, oldFullName, newFullName) {
      const results = listOf(
        await call("renameMetadata", renameMetadataBody(type, oldFullName, newFullName))
      );
      return crudResult(results[0], false);
    },
    async read(type, fullNames) {
      const result2 = await call("readMetadata", readMetadataBody(type, fullNames));
      const records = listOf(result2?.records);
      return records.flatMap((r) => readRecord(r, type));
    }
  };
}
function listOf(value) {
  if (value === void 0 || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}
function crudResult(value, upsert) {
  const r = value ?? {};
  return {
    fullName: text(r.fullName) ?? "",
    success: bool(r.success),
    ...upsert ? { created: bool(r.created) } : {},
    errors: listOf(r.errors).map((e) => {
      const error = e ?? {};
      return {
        statusCode: text(error.statusCode) ?? "UNKNOWN",
        message: text(error.message) ?? "",
        fields: listOf(error.fields).map((f) => text(f) ?? "")
      };
    })
  };
}
function readRecord(value, type) {
  if (!value || typeof value !== "object") return [];
  const fields = withoutAttributes(value);
  const fullName = typeof fields.fullName === "string" ? fields.fullName : void 0;
  if (!fullName) return [];
  const declared = value["@_type"];
  return [
    { type: typeof declared === "string" ? declared.replace(/^\w+:/, "") : type, fullName, fields }
  ];
}
function withoutAttributes(value) {
  if (Array.isArray(value)) return value.map(withoutAttributes);
  if (value && typeof value === "object") {
    const out = {};
    for (const [key3, item] of Object.entries(value)) {
      if (key3.startsWith("@_")) continue;
      out[key3] = withoutAttributes(item);
    }
    const keys = Object.keys(out);
    if (keys.length === 1 && keys[0] === "#text") return out["#text"];
    return out;
  }
  return typeof value === "string" ? value.trim() : value;
}

// src/metadata-api/normalize-retrieve.ts
var STATUSES = ["Pending", "InProgress", "Succeeded", "Failed"];
var NO_ID = /^0{15}(A{3})?$/;
function normalizeRetrieveResult(raw) {
  const r = raw && typeof raw === "object" ? raw : {};
  const status = normalizeStatus(text(r.status));
  const zipText = nonEmpty(r.zipFile);
  const errorMessage = nonEmpty(r.errorMessage);
  const errorStatusCode = nonEmpty(r.errorStatusCode);
  return {
    id: text(r.id) ?? "",
    done: bool(r.done, status === "Succeeded" || status === "Failed"),
    status,
    success: bool(r.success),
    ...errorMessage ? { errorMessage } : {},
    ...errorStatusCode ? { errorStatusCode } : {},
    fileProperties: ensureArray(r.fileProperties).map(normalizeFileProperties),
    messages: ensureArray(r.messages).map((m) => ({
      fileName: text(m.fileName) ?? "",
      problem: text(m.problem) ?? ""
    })),
    ...zipText ? { zip: new Uint8Array(Buffer.from(zipText.replace(/\s+/g, ""), "base64")) } : {}
  };
}
function normalizeStatus(value) {
  const squeezed = (value ?? "").replace(/\s+/g, "");
  return STATUSES.find((s) => s.toLowerCase() === squeezed.toLowerCase()) ?? "Pending";
}
function normalizeFileProperties(raw) {
  const id = nonEmpty(raw.id);
  const manageableState = nonEmpty(raw.manageableState);
  const namespacePrefix = nonEmpty(raw.namespacePrefix);
  const lastModifiedByName = nonEmpty(raw.lastModifiedByName);
  const lastModifiedDate = date(raw.lastModifiedDate);
  return {
    type: text(raw.type) ?? "",
    fullName: text(raw.fullName) ?? "",
    fileName: text(raw.fileName) ?? "",
    ...id && !NO_ID.test(id) ? { id } : {},
    ...manageableState ? { manageableState } : {},
    ...namespacePrefix ? { namespacePrefix } : {},
    ...lastModifiedByName ? { lastModifiedByName } : {},
    ...lastModifiedDate ? { lastModifiedDate } : {}
  };
}
function normalizeListMetadata(raw) {
  return ensureArray(raw).filter((item) => typeof item === "object").map(normalizeFileProperties);
}

// src/metadata-api/soap/retrieve-envelopes.ts
var el2 = (name, value) => `<met:${name}>${typeof value === "boolean" ? String(value) : escapeXml(value)}</met:${name}>`;
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function retrieveBody(request) {
  const types = [...request.types.keys()].sort(byCodeUnit).map((name) => {
    const members = [...new Set(request.types.get(name) ?? [])].sort(byCodeUnit);
    return `<met:types>${members.map((m) => el2("members", m)).join("")}${el2("name", name)}</met:types>`;
  });
  return "<met:retrieve><met:retrieveRequest>" + el2("apiVersion", request.apiVersion) + el2("singlePackage", false) + `<met:unpackaged>${types.join("")}${el2("version", request.apiVersion)}</met:unpackaged></met:retrieveRequest></met:retrieve>`;
}
function checkRetrieveStatusBody(id, includeZip) {
  return `<met:checkRetrieveStatus>${el2("asyncProcessId", id)}${el2("includeZip", includeZip)}</met:checkRetrieveStatus>`;
}
function listMetadataBody(query, asOfVersion) {
  return "<met:listMetadata><met:queries>" + (query.folder !== void 0 ? el2("folder", query.folder) : "") + el2("type", query.type) + `</met:queries>${el2("asOfVersion", asOfVersion)}</met:listMetadata>`;
}

// src/metadata-api/soap/retrieve-client.ts
function createSoapRetrieveApi(caller, apiVersion) {
  const call = soapCaller(caller, apiVersion);
  return {
    async retrieve(request) {
      const result2 = await call("retrieve", retrieveBody(request));
      const id = text(result2?.id);
      if (!id) throw new TransientError("retrieve: the response carried no id");
      return id;
    },
    async checkRetrieveStatus(id, includeZip) {
      const result2 = await call(
        "checkRetrieveStatus",
        checkRetrieveStatusBody(id, includeZip)
      );
      return normalizeRetrieveResult(result2);
    },
    async listMetadata(query) {
      return normalizeListMetadata(
        await call("listMetadata", listMetadataBody(query, apiVersion))
      );
    }
  };
}

// src/tooling/fallback-policy.ts
var MAX_TOOLING_FILES = 20;
function isProduction(org) {
  return !org.isSandbox && !org.trialExpirationDate && !/developer edition/i.test(org.organizationType);
}
function describeOrg(org) {
  if (org.isSandbox) return "sandbox";
  if (/developer edition/i.test(org.organizationType)) return "Developer Edition";
  if (org.trialExpirationDate) return "scratch or trial org";
  return `production (${org.organizationType || "unknown edition"})`;
}
function chooseRoute(org, files, checkOnly) {
  if (!checkOnly && isProduction(org)) {
    return {
      api: "refused",
      reason: `check-only: false would save Apex to a ${describeOrg(org)} org, which the Tooling API refuses (Can't alter metadata in an active org). Deploy to production with mode: deploy, or set check-only: true.`
    };
  }
  const reasons = [];
  if (isProduction(org))
    reasons.push(
      `the org is ${describeOrg(org)}; Tooling API compiles are for sandboxes, scratch and Developer Edition orgs`
    );
  const members = files.flatMap(
    (f) => f.kind === "member" ? [{ path: f.path, type: f.type, name: f.name }] : []
  );
  const memberPaths = new Set(members.map((m) => m.path));
  const others = files.filter((f) => f.kind === "other").map((f) => f.path);
  if (others.length > 0)
    reasons.push(
      `${list(others)} ${others.length === 1 ? "is not" : "are not"} an Apex class, trigger, page or component`
    );
  const deleted = files.filter((f) => f.kind === "deleted").map((f) => f.path);
  if (deleted.length > 0)
    reasons.push(
      `${list(deleted)} ${deleted.length === 1 ? "was" : "were"} deleted; containers cannot delete`
    );
  const metaOnly = files.filter(
    (f) => f.kind === "meta-only" && !memberPaths.has(f.path.slice(0, -"-meta.xml".length))
  );
  if (metaOnly.length > 0)
    reasons.push(`only the metadata file changed for ${list(metaOnly.map((f) => f.path))}`);
  if (members.length > MAX_TOOLING_FILES)
    reasons.push(
      `${members.length} files are more than ${MAX_TOOLING_FILES}; a container saves no time there`
    );
  if (members.length === 0 && reasons.length === 0)
    reasons.push("no Apex class, trigger, page or component to compile");
  return reasons.length > 0 ? { api: "metadata-api", reasons } : { api: "tooling", members };
}
function matchEntities(members, entities, namespace) {
  const matched = /* @__PURE__ */ new Map();
  const missing = [];
  for (const m of members) {
    const entity = entities.find(
      (e) => e.type === m.type && e.name.toLowerCase() === m.name.toLowerCase() && (e.namespacePrefix ?? null) === namespace
    );
    if (entity) matched.set(m.path, entity);
    else missing.push(`${m.type} ${m.name}`);
  }
  const reasons = missing.length > 0 ? [
    `${list(missing)} ${missing.length === 1 ? "is" : "are"} new to the org; containers only update existing components`
  ] : [];
  return { matched, reasons };
}
function reasonAfterRequest(status, retried) {
  if (status.state === "Error" && retried)
    return `the Tooling API answered Error twice (${status.errorMsg ?? "no message"})`;
  if (status.state === "Invalidated" && retried)
    return "the Tooling API invalidated the request twice (the container changed or a newer request superseded it)";
  const scheduled = status.failures.find(
    (f) => /schedulable class has jobs pending or in progress/i.test(f.problem)
  );
  if (scheduled)
    return `${scheduled.componentType} ${scheduled.fullName} has scheduled jobs, which block Tooling API saves`;
  return void 0;
}
function shouldRetry(status, retried) {
  return !retried && (status.state === "Error" || status.state === "Invalidated");
}
function list(items) {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

// src/retrieve/org-kind-client.ts
async function queryIsProduction(caller, apiVersion) {
  const rows = await createSalesforceRest(caller, apiVersion).queryAll(
    "SELECT IsSandbox, OrganizationType, TrialExpirationDate, NamespacePrefix FROM Organization"
  );
  const row = rows[0];
  return row ? isProduction(toOrgFacts(row)) : true;
}

// src/receipt/component-hashes.ts
import { createHash as createHash2 } from "node:crypto";

// src/retrieve/line-diff.ts
function diffLines(a, b, maxEdits = 2e3) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits);
  if (!middle) return void 0;
  return [
    ...a.slice(0, start).map((text2) => ({ op: " ", text: text2 })),
    ...middle,
    ...a.slice(endA).map((text2) => ({ op: " ", text: text2 }))
  ];
}
function myers(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
      let x = down ? v[offset + k + 1] ?? 0 : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return void 0;
}
function backtrack(trace, a, b, offset, last) {
  const out = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: " ", text: a[--x] ?? "" });
      y--;
    }
    if (down) out.push({ op: "+", text: b[--y] ?? "" });
    else out.push({ op: "-", text: a[--x] ?? "" });
  }
  while (x > 0 && y > 0) {
    out.push({ op: " ", text: a[--x] ?? "" });
    y--;
  }
  return out.reverse();
}
function unifiedDiff(before, after, options = {}) {
  const script = diffLines(before, after, options.maxEdits);
  if (!script) return void 0;
  const context = options.context ?? 2;
  const changed = script.map((line, i2) => line.op === " " ? -1 : i2).filter((i2) => i2 >= 0);
  if (changed.length === 0) return [];
  const out = [];
  let i = 0;
  while (i < changed.length) {
    const first = changed[i];
    let last = first;
    while (i + 1 < changed.length && changed[i + 1] - last <= 2 * context + 1)
      last = changed[++i];
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(script.length - 1, last + context);
    out.push(
      hunkHeader(script, from, to),
      ...script.slice(from, to + 1).map((l) => `${l.op}${l.text}`)
    );
  }
  return out;
}
function hunkHeader(script, from, to) {
  let oldLine = 1;
  let newLine = 1;
  for (const line of script.slice(0, from)) {
    if (line.op !== "+") oldLine++;
    if (line.op !== "-") newLine++;
  }
  const slice = script.slice(from, to + 1);
  const oldCount = slice.filter((l) => l.op !== "+").length;
  const newCount = slice.filter((l) => l.op !== "-").length;
  return `@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`;
}

// src/retrieve/metadata-paths.ts
var BUNDLES = /* @__PURE__ */ new Set(["bundle", "experienceBundle", "digitalExperience"]);
var META = "-meta.xml";
function refKey(ref) {
  return `${ref.type}:${ref.fullName.replace(/\/$/, "")}`;
}
function typesByDirectory(registry) {
  const byDir = /* @__PURE__ */ new Map();
  for (const type of registry.types.values()) {
    byDir.set(type.directoryName, [...byDir.get(type.directoryName) ?? [], type]);
  }
  return byDir;
}
var cached;
function directoryIndex(registry) {
  if (cached?.registry !== registry) cached = { registry, byDir: typesByDirectory(registry) };
  return cached.byDir;
}
function componentOfPath(path21, known = /* @__PURE__ */ new Set(), registry = defaultRegistry()) {
  const parts = path21.split("/");
  const dir = parts[0] ?? "";
  const rest = parts.slice(1);
  if (rest.length === 0) return void 0;
  const candidates2 = (directoryIndex(registry).get(dir) ?? []).map((type) => componentFor(type, dir, rest)).filter((c) => c !== void 0);
  return candidates2.find((c) => known.has(refKey(c))) ?? candidates2[0];
}
function componentFor(type, dir, rest) {
  const last = rest[rest.length - 1] ?? "";
  const bare = last.endsWith(META) ? last.slice(0, -META.length) : last;
  if (BUNDLES.has(type.strategy)) {
    const name2 = rest[0] ?? "";
    const fullName = rest.length === 1 ? stripSuffix(bare, type.metaSuffix ?? type.suffix) ?? bare : name2;
    return { type: type.name, fullName, mainFile: `${dir}/${fullName}` };
  }
  if (type.inFolder || type.strategy === "document") {
    const folder = rest.slice(0, -1);
    if (folder.length === 0) {
      if (!last.endsWith(META)) return void 0;
      return { type: type.name, fullName: bare, mainFile: `${dir}/${bare}` };
    }
    const item = type.strategy === "document" ? bare : stripSuffix(bare, type.suffix);
    if (item === void 0) return void 0;
    return {
      type: type.name,
      fullName: [...folder, item].join("/"),
      mainFile: `${dir}/${[...folder, bare].join("/")}`
    };
  }
  if (rest.length !== 1) return void 0;
  const name = stripSuffix(bare, type.suffix);
  if (name === void 0) return void 0;
  return { type: type.name, fullName: name, mainFile: `${dir}/${bare}` };
}
function stripSuffix(name, suffix) {
  if (!suffix) return name.replace(/\.[^.]*$/, "");
  return name.endsWith(`.${suffix}`) ? name.slice(0, -(suffix.length + 1)) : void 0;
}
function groupByComponent(paths, known = /* @__PURE__ */ new Set()) {
  const components2 = /* @__PURE__ */ new Map();
  const unowned = [];
  for (const path21 of paths) {
    if (isManifestPath(path21)) continue;
    const component = componentOfPath(path21, known);
    if (!component) {
      unowned.push(path21);
      continue;
    }
    const key3 = refKey(component);
    const entry = components2.get(key3) ?? { ...component, files: [] };
    entry.files.push(path21);
    components2.set(key3, entry);
  }
  return { components: components2, unowned };
}
function isManifestPath(path21) {
  return /^(package|destructiveChanges(Pre|Post)?)\.xml$/.test(path21);
}
function childTypesOf(typeName, registry = defaultRegistry()) {
  return (registry.types.get(typeName)?.children ?? []).filter((c) => c.addressable).map((c) => ({
    tag: c.tag,
    type: c.name,
    key: c.uniqueIdElement,
    prefixed: !c.ignoreParentName
  }));
}
function parentTypeOf(typeName, registry = defaultRegistry()) {
  return registry.children.get(typeName)?.parent;
}
function folderTypeOf(typeName, registry = defaultRegistry()) {
  return registry.types.get(typeName)?.inFolder?.folderType;
}

// src/retrieve/xml-canonical.ts
var INDENT = "  ";
var KEY_ELEMENTS = [
  "fullName",
  "name",
  "apexClass",
  "field",
  "object",
  "layout",
  "tab",
  "application",
  "recordType"
];
function canonicalXml(text2, without = /* @__PURE__ */ new Set()) {
  const root = tryParseXml(text2);
  if (!root) return void 0;
  const kept = without.size === 0 ? root : {
    ...root,
    children: root.children.filter((n) => n.kind !== "element" || !without.has(n.name))
  };
  const out = [];
  writeElement(kept, 0, true, out);
  return out;
}
function tryParseXml(text2) {
  try {
    return parseXml(text2, "file");
  } catch {
    return void 0;
  }
}
function canonicalElement(el3) {
  const out = [];
  writeElement(el3, 0, false, out);
  return out;
}
function writeElement(el3, level, isRoot, out) {
  const indent = INDENT.repeat(level);
  const attrs2 = el3.attrs.filter((a) => !(isRoot && a.name.startsWith("xmlns"))).map((a) => ` ${a.name}="${a.value}"`).sort().join("");
  const children = el3.children.filter((n) => n.kind === "element");
  const text2 = textOf(el3.children);
  if (children.length === 0) {
    out.push(`${indent}<${el3.name}${attrs2}>${text2}</${el3.name}>`);
    return;
  }
  out.push(`${indent}<${el3.name}${attrs2}>`);
  if (text2 !== "") out.push(`${indent}${INDENT}${text2}`);
  for (const child of orderChildren(children, isRoot)) writeElement(child, level + 1, false, out);
  out.push(`${indent}</${el3.name}>`);
}
function textOf(nodes) {
  return nodes.map((n) => n.kind === "text" || n.kind === "cdata" ? n.value : "").join("").trim();
}
function orderChildren(children, isRoot) {
  const indexed = children.map((el3, index) => ({ el: el3, index, key: isRoot ? entryKey(el3) : "" }));
  indexed.sort(
    (a, b) => compare(a.el.name, b.el.name) || compare(a.key, b.key) || a.index - b.index
  );
  return indexed.map((i) => i.el);
}
function entryKey(el3, keyElements = KEY_ELEMENTS) {
  for (const name of keyElements) {
    const child = el3.children.find((n) => n.kind === "element" && n.name === name);
    if (child) return textOf(child.children);
  }
  return "";
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/retrieve/compare.ts
var CONTEXT = 2;
function compareWithOrg(input) {
  const known = new Set([...input.members, ...input.deletions ?? []].map(refKey));
  const pkg = groupByComponent(input.packageFiles.keys(), known).components;
  const org = groupByComponent(input.orgFiles.keys(), known).components;
  const changes2 = [];
  for (const component of pkg.values()) {
    const before = org.get(refKey(component));
    changes2.push(...compareComponent(component, before, input));
  }
  for (const deletion of input.deletions ?? []) {
    if (input.existing && !input.existing.has(refKey(deletion))) continue;
    changes2.push({ type: deletion.type, fullName: deletion.fullName, state: "deleted", diffs: [] });
  }
  return changes2.sort(byRef);
}
function compareComponent(component, before, input) {
  const ref = { type: component.type, fullName: component.fullName };
  const childTypes = childTypesOf(component.type);
  const childTags = new Set(childTypes.map((c) => c.tag));
  const children = childTypes.length > 0 ? compareChildren(component, before !== void 0, input) : [];
  if (!before) return [{ ...ref, state: "new", diffs: [] }, ...children];
  const paths = [.../* @__PURE__ */ new Set([...component.files, ...before.files])].sort();
  const diffs2 = [];
  for (const path21 of paths) {
    const diff = compareFile(
      path21,
      input.orgFiles.get(path21),
      input.packageFiles.get(path21),
      path21 === component.mainFile ? childTags : /* @__PURE__ */ new Set()
    );
    if (diff) diffs2.push(diff);
  }
  return [{ ...ref, state: diffs2.length > 0 ? "changed" : "unchanged", diffs: diffs2 }, ...children];
}
function compareChildren(component, parentExists, input) {
  const parentRef = { type: component.type, fullName: component.fullName };
  const after = entriesOf(component, input.packageFiles.get(component.mainFile));
  const before = parentExists ? entriesOf(component, input.orgFiles.get(component.mainFile)) : /* @__PURE__ */ new Map();
  const changes2 = [];
  for (const [key3, entry] of after) {
    const old = before.get(key3);
    const base = { type: entry.type, fullName: entry.fullName, parent: parentRef };
    if (!old) {
      changes2.push({ ...base, state: "new", diffs: [] });
      continue;
    }
    const lines = diffOf(canonicalElement(old.element), canonicalElement(entry.element));
    changes2.push({
      ...base,
      state: lines.kind === "same" ? "unchanged" : "changed",
      diffs: lines.kind === "same" ? [] : [{ path: component.mainFile, ...lines.diff }]
    });
  }
  return changes2;
}
function entriesOf(component, bytes) {
  const entries = /* @__PURE__ */ new Map();
  const root = bytes ? tryParseXml(decodeUtf8(bytes)) : void 0;
  if (!root) return entries;
  for (const child of childTypesOf(component.type)) {
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const name = entryKey(node, [child.key]);
      if (name === "") continue;
      const fullName = child.prefixed ? `${component.fullName}.${name}` : name;
      entries.set(refKey({ type: child.type, fullName }), {
        type: child.type,
        fullName,
        element: node
      });
    }
  }
  return entries;
}
function compareFile(path21, before, after, childTags = /* @__PURE__ */ new Set()) {
  if (isBinary(before) || isBinary(after)) {
    if (before && after && Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0)
      return void 0;
    return {
      path: path21,
      binary: {
        ...before ? { before: before.byteLength } : {},
        ...after ? { after: after.byteLength } : {}
      }
    };
  }
  const result2 = diffOf(linesOf(before, childTags), linesOf(after, childTags));
  return result2.kind === "same" ? void 0 : { path: path21, ...result2.diff };
}
function diffOf(before, after) {
  if (before.length === after.length && before.every((line, i) => line === after[i]))
    return { kind: "same" };
  const lines = unifiedDiff(before, after, { context: CONTEXT });
  return { kind: "diff", diff: lines ? { lines } : { tooLarge: true } };
}
function linesOf(bytes, childTags = /* @__PURE__ */ new Set()) {
  if (!bytes) return [];
  const text2 = decodeUtf8(bytes);
  if (text2.trimStart().startsWith("<")) {
    const xml = canonicalXml(text2, childTags);
    if (xml) return xml;
  }
  return text2.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n+$/, "").split("\n");
}
function isBinary(bytes) {
  if (!bytes) return false;
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}
function byRef(a, b) {
  const x = `${a.type}\0${a.fullName}`;
  const y = `${b.type}\0${b.fullName}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
function countChanges(changes2) {
  const counts = { new: 0, changed: 0, unchanged: 0, deleted: 0 };
  for (const c of changes2) counts[c.state]++;
  return counts;
}

// src/receipt/component-hashes.ts
function hashComponents(files, members = []) {
  const known = new Set(members.map(refKey));
  const out = [];
  for (const component of groupByComponent(files.keys(), known).components.values()) {
    const childTags = new Set(childTypesOf(component.type).map((c) => c.tag));
    const fileLines = [...component.files].sort().map((path21) => ({
      path: path21,
      body: normalisedBody(files.get(path21), path21 === component.mainFile ? childTags : /* @__PURE__ */ new Set())
    }));
    out.push({
      type: component.type,
      fullName: component.fullName,
      hash: hashFiles(fileLines)
    });
    out.push(...hashChildren(component, files.get(component.mainFile)));
  }
  return out.sort(byRef);
}
function hashChildren(component, bytes) {
  const childTypes = childTypesOf(component.type);
  if (childTypes.length === 0 || !bytes || isBinary(bytes)) return [];
  const root = tryParseXml(decodeUtf8(bytes));
  if (!root) return [];
  const parent = { type: component.type, fullName: component.fullName };
  const out = [];
  for (const child of childTypes) {
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const name = entryKey(node, [child.key]);
      if (name === "") continue;
      out.push({
        type: child.type,
        fullName: child.prefixed ? `${component.fullName}.${name}` : name,
        hash: sha256(canonicalElement(node).join("\n")),
        parent
      });
    }
  }
  return out;
}
function normalisedBody(bytes, childTags) {
  if (!bytes) return "";
  if (isBinary(bytes)) return bytes;
  return linesOf(bytes, childTags).join("\n");
}
function hashFiles(files) {
  const outer = createHash2("sha256");
  for (const file of files) outer.update(`${file.path}\0${sha256(file.body)}
`, "utf8");
  return outer.digest("hex");
}
function sha256(body2) {
  return createHash2("sha256").update(body2).digest("hex");
}

// src/retrieve/plan-chunks.ts
var MAX_RETRIEVE_FILES = 1e4;
var MAX_RETRIEVE_BYTES = 39e6;
var MAX_RETRIEVE_CUSTOM_FIELDS = 40499;
var RETRIEVE_LIMITS = {
  maxFiles: MAX_RETRIEVE_FILES,
  maxBytes: MAX_RETRIEVE_BYTES,
  maxCustomFields: MAX_RETRIEVE_CUSTOM_FIELDS
};
var BUNDLE_FILES = {
  LightningComponentBundle: 5,
  AuraDefinitionBundle: 6,
  ExperienceBundle: 40,
  WaveTemplateBundle: 10
};
function defaultEstimate(ref) {
  return {
    files: BUNDLE_FILES[ref.type] ?? 2,
    bytes: 0,
    ...ref.type === "CustomField" ? { customFields: 1 } : {}
  };
}
function planChunks(members, estimate = defaultEstimate, limits = RETRIEVE_LIMITS) {
  const chunks = [];
  let current = [];
  const manifestFiles = 1;
  let files = manifestFiles;
  let bytes = 0;
  let fields = 0;
  const maxFields = limits.maxCustomFields ?? Number.POSITIVE_INFINITY;
  for (const member of members) {
    const size2 = estimate(member);
    const memberFields = size2.customFields ?? 0;
    if (current.length > 0 && (files + size2.files > limits.maxFiles || bytes + size2.bytes > limits.maxBytes || fields + memberFields > maxFields)) {
      chunks.push(current);
      current = [];
      files = manifestFiles;
      bytes = 0;
      fields = 0;
    }
    current.push(member);
    files += size2.files;
    bytes += size2.bytes;
    fields += memberFields;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
function halve(chunk2) {
  const middle = Math.ceil(chunk2.length / 2);
  return [chunk2.slice(0, middle), chunk2.slice(middle)];
}

// src/retrieve/package-members.ts
var DESTRUCTIVE2 = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function packageMembers(files) {
  const manifest = files.get("package.xml");
  const parsed = manifest ? parsePackageXml(decodeUtf8(manifest), "package.xml") : { members: [] };
  const deletions = DESTRUCTIVE2.flatMap((name) => {
    const bytes = files.get(name);
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : [];
  });
  return {
    members: parsed.members,
    deletions,
    ...parsed.version ? { version: parsed.version } : {}
  };
}
function estimateFromPackage(files, members) {
  const known = new Set(members.map(refKey));
  const sizes = /* @__PURE__ */ new Map();
  for (const [key3, component] of groupByComponent(files.keys(), known).components) {
    const bytes = component.files.reduce((sum, path21) => sum + (files.get(path21)?.byteLength ?? 0), 0);
    const customFields = component.files.reduce(
      (sum, path21) => sum + (/\.object$/.test(path21) ? fieldsIn(files.get(path21)) : 0),
      0
    );
    sizes.set(key3, {
      files: component.files.length,
      bytes,
      ...customFields ? { customFields } : {}
    });
  }
  const fieldOutsideItsObject = (ref) => ref.type === "CustomField" && !sizes.has(refKey({ type: "CustomObject", fullName: ref.fullName.split(".")[0] ?? "" }));
  return (ref) => sizes.get(refKey(ref)) ?? (parentTypeOf(ref.type) ? { files: 1, bytes: 0, ...fieldOutsideItsObject(ref) ? { customFields: 1 } : {} } : defaultEstimate(ref));
}
function fieldsIn(bytes) {
  if (!bytes) return 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").split("<fields>").length - 1;
}

// src/retrieve/expand-wildcards.ts
var INSTALLED = /* @__PURE__ */ new Set(["installed", "installedEditable", "deprecated", "deprecatedEditable"]);
async function expandWildcards(members, list2, logger) {
  const wildcardTypes = [...new Set(members.filter((m) => m.fullName === "*").map((m) => m.type))];
  const out = new Map(members.filter((m) => m.fullName !== "*").map((m) => [refKey(m), m]));
  const notes = [];
  for (const type of wildcardTypes) {
    const listed2 = await listType(type, list2).catch((error) => {
      if (!(error instanceof ApiError)) throw error;
      notes.push(`${type}: * kept as it is; listMetadata refused the type (${error.message}).`);
      return void 0;
    });
    if (!listed2) {
      out.set(refKey({ type, fullName: "*" }), { type, fullName: "*" });
      continue;
    }
    for (const ref of listed2) out.set(refKey(ref), ref);
    notes.push(
      `${type}: * is ${listed2.length} component${listed2.length === 1 ? "" : "s"} in the org.`
    );
    logger.info(`${type}: * expands to ${listed2.length} components`);
  }
  return { members: [...out.values()], notes };
}
async function listType(type, list2) {
  const folderType = folderTypeOf(type);
  if (!folderType) return own(await list2({ type })).map((p) => ({ type, fullName: p.fullName }));
  const folders = own(await list2({ type: folderType })).map((p) => p.fullName);
  const refs = folders.map((folder) => ({ type, fullName: folder }));
  for (const folder of folders) {
    for (const item of own(await list2({ type, folder })))
      refs.push({ type, fullName: item.fullName });
  }
  return refs;
}
function own(listed2) {
  return listed2.filter((p) => p.fullName !== "" && !INSTALLED.has(p.manageableState ?? "")).sort((a, b) => a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0);
}

// src/retrieve/wait-for-retrieve.ts
async function waitForRetrieve(id, ports, options) {
  const deadline = ports.clock.now() + options.waitMs;
  let delay;
  let lastStatus = "";
  let changed = false;
  for (; ; ) {
    const remaining = deadline - ports.clock.now();
    if (remaining <= 0) {
      throw new ActionError(
        `Retrieve ${id} did not finish within ${Math.round(options.waitMs / 6e4)} minutes (the wait input); it was left running in the org.`
      );
    }
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random);
    await ports.clock.sleep(Math.min(delay, remaining));
    const status = await withRetries(() => ports.api.checkRetrieveStatus(id, false), ports, options);
    changed = lastStatus !== "" && status.status !== lastStatus;
    if (status.status !== lastStatus) ports.logger.info(`Retrieve ${id}: ${status.status}`);
    lastStatus = status.status;
    if (!status.done) continue;
    if (status.status !== "Succeeded") return status;
    return withRetries(() => ports.api.checkRetrieveStatus(id, true), ports, options);
  }
}

// src/retrieve/retrieve-components.ts
var MAX_SUBMISSIONS = 3;
var MISSING = /^Entity of type '([^']+)' named '(.+)' cannot be found$/;
var FOLDER_TYPES = {
  ReportFolder: "Report",
  DashboardFolder: "Dashboard",
  DocumentFolder: "Document",
  EmailFolder: "EmailTemplate",
  EmailTemplateFolder: "EmailTemplate"
};
async function retrieveComponents(requested, ports, options) {
  const expanded = await expandWildcards(
    requested,
    (q) => withRetries(() => ports.api.listMetadata(q), ports, options.wait),
    ports.logger
  );
  const out = {
    members: expanded.members,
    files: /* @__PURE__ */ new Map(),
    existing: /* @__PURE__ */ new Set(),
    missing: [],
    fileProperties: [],
    messages: [],
    retrieveIds: [],
    notes: expanded.notes
  };
  const limits = options.limits ?? RETRIEVE_LIMITS;
  const queue = planChunks(expanded.members, options.estimate, limits);
  if (queue.length > 1)
    out.notes.push(
      `Retrieved in ${queue.length} requests to stay within the retrieve limits (${describeLimits(limits)}).`
    );
  for (let chunk2 = queue.shift(); chunk2; chunk2 = queue.shift()) {
    if (chunk2.length === 0) continue;
    const result2 = await retrieveChunk(chunk2, ports, options);
    if (result2.kind === "too-large") {
      if (chunk2.length === 1)
        throw new ActionError(
          `${chunk2[0]?.type} ${chunk2[0]?.fullName} alone exceeds the retrieve limits: ${result2.message}`
        );
      const [first, second] = halve(chunk2);
      ports.logger.info(
        `The org refused a retrieve of ${chunk2.length} components as too large; splitting it in two.`
      );
      out.notes.push(
        `A request of ${chunk2.length} components exceeded the limits (${result2.message}) and was split.`
      );
      queue.unshift(first, second);
      continue;
    }
    merge(out, result2.result, result2.files);
  }
  out.missing = expanded.members.filter((m) => m.fullName !== "*" && !out.existing.has(refKey(m)));
  return out;
}
function describeLimits(limits) {
  return `${limits.maxFiles.toLocaleString("en-US")} files, ${limits.maxBytes / 1e6} MB`;
}
async function retrieveChunk(chunk2, ports, options) {
  const types = /* @__PURE__ */ new Map();
  for (const ref of chunk2) types.set(ref.type, [...types.get(ref.type) ?? [], ref.fullName]);
  for (let submission = 1; submission <= MAX_SUBMISSIONS; submission++) {
    const id = await withRetries(
      () => ports.api.retrieve({ apiVersion: options.apiVersion, types }),
      ports,
      options.wait
    );
    ports.logger.info(`Retrieving ${chunk2.length} components: ${id}`);
    const result2 = await waitForRetrieve(id, ports, options.wait);
    if (result2.status === "Failed") {
      const message = result2.errorMessage ?? result2.errorStatusCode ?? "no message";
      if (result2.errorStatusCode === "LIMIT_EXCEEDED" || /LIMIT_EXCEEDED/.test(message))
        return { kind: "too-large", message };
      throw new ActionError(`Retrieve ${id} failed: ${message}`);
    }
    if (result2.zip) return { kind: "done", result: result2, files: unpack(result2.zip, id) };
    ports.logger.warning(
      `Retrieve ${id} finished but its zip was not delivered; submitting it again.`
    );
  }
  throw new ActionError(
    `The org finished the retrieve ${MAX_SUBMISSIONS} times without delivering its zip.`
  );
}
function unpack(zip, id) {
  const files = /* @__PURE__ */ new Map();
  let entries;
  try {
    entries = unzipEntries(zip, `retrieve ${id}`);
  } catch (error) {
    throw new ActionError(
      `The zip of retrieve ${id} could not be read: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  for (const [path21, bytes] of entries) {
    const bare = path21.startsWith("unpackaged/") ? path21.slice("unpackaged/".length) : path21;
    if (bare === "package.xml") continue;
    files.set(bare, bytes);
  }
  return files;
}
function merge(out, result2, files) {
  out.retrieveIds.push(result2.id);
  for (const [path21, bytes] of files) out.files.set(path21, bytes);
  for (const p of result2.fileProperties) {
    if (p.type === "Package") continue;
    out.fileProperties.push(p);
    out.existing.add(refKey({ type: FOLDER_TYPES[p.type] ?? p.type, fullName: p.fullName }));
  }
  for (const message of result2.messages) {
    if (MISSING.test(message.problem)) continue;
    out.messages.push(message);
  }
}

// src/sync/crud-form.ts
function crudSourceOf(type, fullName, registry) {
  const top = registry.types.get(type);
  if (top) {
    if (!top.suffix) return void 0;
    return { kind: "top", path: `${top.directoryName}/${fullName}.${top.suffix}`, type: top };
  }
  const child = registry.children.get(type);
  const parent = child ? registry.types.get(child.parent) : void 0;
  if (!child || !parent?.suffix) return void 0;
  if (child.ignoreParentName) {
    return {
      kind: "child",
      path: `${parent.directoryName}/${parent.name}.${parent.suffix}`,
      child,
      parent,
      name: fullName
    };
  }
  const dot = fullName.indexOf(".");
  if (dot <= 0) return void 0;
  return {
    kind: "child",
    path: `${parent.directoryName}/${fullName.slice(0, dot)}.${parent.suffix}`,
    child,
    parent,
    name: fullName.slice(dot + 1)
  };
}
function toCrudRecord(type, fullName, xml, source) {
  const inner = rootInner(xml);
  if (inner === void 0) return { error: `${source.path} has no root element` };
  const name = `<fullName>${escapeXml(fullName)}</fullName>`;
  const problem = unsafeContent(inner, source.path);
  if (problem) return { error: problem };
  if (source.kind === "top") {
    const own3 = source.type.children.reduce((text2, child) => removeBlocks(text2, child.tag), inner);
    return { type, innerXml: name + compact(withoutElement(own3, "fullName")) };
  }
  const block = findBlock(inner, source.child.tag, source.child.uniqueIdElement, source.name);
  if (block === void 0)
    return { error: `${source.path} has no <${source.child.tag}> named ${source.name}` };
  const own2 = source.child.uniqueIdElement === "fullName" ? withoutElement(block, "fullName") : block;
  return { type, innerXml: name + compact(own2) };
}
function unsafeContent(inner, path21) {
  if (/<\?|<!DOCTYPE|<!ENTITY/i.test(inner))
    return `${path21} holds a processing instruction or a declaration inside its root element`;
  try {
    parseXml(`<r>${inner}</r>`, path21);
    return void 0;
  } catch {
    return `${path21} is not well-formed XML`;
  }
}
function rootInner(xml) {
  const start = /<([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  if (!start) return void 0;
  const body2 = xml.replace(/<\?xml[^>]*\?>/, "");
  const open = body2.indexOf(start[0]) + start[0].length;
  const close = body2.lastIndexOf(`</${start[1]}>`);
  return close < open ? void 0 : body2.slice(open, close);
}
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function blockPattern(tag, flags = "") {
  return new RegExp(`<${tag}>((?:(?!<${tag}>)[\\s\\S])*?)</${tag}>`, flags);
}
function findBlock(inner, tag, id, name) {
  const wanted = new RegExp(`<${id}>\\s*${escapeRegExp(escapeXml(name))}\\s*</${id}>`);
  for (const match of inner.matchAll(blockPattern(tag, "g"))) {
    if (wanted.test(match[1] ?? "")) return match[1];
  }
  return void 0;
}
function removeBlocks(inner, tag) {
  return inner.replace(blockPattern(tag, "g"), "");
}
function withoutElement(inner, name) {
  return inner.replace(new RegExp(`<${name}>[^<]*</${name}>`), "");
}
function compact(xml) {
  return xml.replace(/>\s+</g, "><").trim();
}
function recordToMetadataXml(type, fields) {
  const { fullName: _name, ...rest } = fields;
  const body2 = Object.entries(rest).map(([name, value]) => elementXml(name, value)).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><${type} xmlns="http://soap.sforce.com/2006/04/metadata">${body2}</${type}>`;
}
function elementXml(name, value) {
  if (value === void 0 || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => elementXml(name, item)).join("");
  if (typeof value === "object")
    return `<${name}>${Object.entries(value).map(([child, item]) => elementXml(child, item)).join("")}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
function recordAsMetadataXml(record) {
  return `<?xml version="1.0" encoding="UTF-8"?><${record.type} xmlns="http://soap.sforce.com/2006/04/metadata">${record.innerXml.replace(/^<fullName>[^<]*<\/fullName>/, "")}</${record.type}>`;
}

// src/sync/sync-types.ts
var CRUD_TYPE_RANK = {
  CustomObject: 0,
  GlobalValueSet: 0,
  CustomPermission: 0,
  CustomLabel: 0,
  CustomField: 1,
  BusinessProcess: 2,
  RecordType: 3,
  ValidationRule: 3,
  WebLink: 3,
  ListView: 3,
  FieldSet: 3,
  CompactLayout: 3,
  QuickAction: 4,
  Layout: 5,
  CustomTab: 5,
  CustomApplication: 6,
  PermissionSet: 7
};
var TOOLING_TYPES = /* @__PURE__ */ new Set([
  "ApexClass",
  "ApexTrigger",
  "ApexPage",
  "ApexComponent"
]);
function isCrudType(type) {
  return type in CRUD_TYPE_RANK;
}
function rankOf(type) {
  return CRUD_TYPE_RANK[type] ?? 99;
}

// src/drift/read-org-files.ts
function readPlan(refs, registry) {
  if (refs.length === 0 || refs.length > CRUD_BATCH_LIMIT) return void 0;
  const out = [];
  for (const ref of refs) {
    if (!isCrudType(ref.type)) return void 0;
    const source = crudSourceOf(ref.type, ref.fullName, registry);
    if (!source) return void 0;
    out.push({ ref, source });
  }
  return out;
}
async function readOrgFiles(targets, read) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const t of targets) byType2.set(t.ref.type, [...byType2.get(t.ref.type) ?? [], t]);
  const records = /* @__PURE__ */ new Map();
  let calls = 0;
  for (const [type, group] of byType2) {
    calls++;
    const answer = await read(
      type,
      group.map((t) => t.ref.fullName)
    );
    for (const r of answer) records.set(`${type}:${r.fullName}`, r);
  }
  return { files: filesOf(targets, records), calls };
}
function filesOf(targets, records) {
  const parts = /* @__PURE__ */ new Map();
  for (const { ref, source } of targets) {
    const record = records.get(`${ref.type}:${ref.fullName}`);
    if (!record) continue;
    const root = source.kind === "top" ? source.type.name : source.parent.name;
    const file = parts.get(source.path) ?? { root, inner: [] };
    file.inner.push(source.kind === "top" ? topInner(record) : childElement(record, source));
    parts.set(source.path, file);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [path21, { root, inner }] of parts) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://soap.sforce.com/2006/04/metadata">${inner.join("")}</${root}>`;
    out.set(path21, new TextEncoder().encode(xml));
  }
  return out;
}
function topInner(record) {
  const tags = new Set(childTypesOf(record.type).map((c) => c.tag));
  const own2 = Object.fromEntries(Object.entries(record.fields).filter(([k]) => !tags.has(k)));
  return rootInner(recordToMetadataXml(record.type, own2)) ?? "";
}
function childElement(record, source) {
  const id = source.child.uniqueIdElement;
  const { fullName: _prefixed, ...rest } = record.fields;
  const fields = id === "fullName" ? { fullName: source.name, ...rest } : rest;
  const body2 = Object.keys(fields).length > 0 ? elementsOf(source.child.tag, fields) : "";
  return `<${source.child.tag}>${body2}</${source.child.tag}>`;
}
function elementsOf(tag, fields) {
  const { fullName, ...rest } = fields;
  const head = typeof fullName === "string" ? `<fullName>${escapeXml(fullName)}</fullName>` : "";
  return head + (rootInner(recordToMetadataXml(tag, rest)) ?? "");
}

// src/drift/detect-drift.ts
async function detectDrift(input, ports) {
  const manifest = packageMembers(input.packageFiles);
  const repo = byKey(hashComponents(input.packageFiles, manifest.members));
  const touched = new Map(repo);
  for (const d of manifest.deletions) touched.set(refKey(d), d);
  const recorded = byKey(input.receipt.components);
  const since = Date.parse(input.receipt.deployedAt);
  const listing = await listTouched([...touched.values()], input.wait, ports);
  const modified = [...touched.values()].filter((ref) => {
    const props = listing.props.get(refKey(ref));
    return props?.lastModifiedDate !== void 0 && props.lastModifiedDate.getTime() > since;
  });
  const vanished = [...touched.values()].filter(
    (ref) => !ref.parent && recorded.get(refKey(ref))?.hash && listing.listedTypes.has(ref.type) && !listing.props.has(refKey(ref))
  );
  const fetched = await fetchOrgFiles(modified, input, ports);
  const { retrieved, orgFiles } = fetched;
  const org = byKey(hashComponents(orgFiles, modified));
  const changes2 = new Map(
    // Swapped sides: the diff reads from the repository's version to what the org holds now.
    compareWithOrg({ packageFiles: orgFiles, orgFiles: input.packageFiles, members: modified }).map(
      (c) => [refKey(c), c]
    )
  );
  const drifted = [];
  for (const ref of modified) {
    const key3 = refKey(ref);
    const before = recorded.get(key3);
    const now = org.get(key3)?.hash ?? void 0;
    if (before?.hash && now === before.hash) continue;
    const props = listing.props.get(key3);
    const inRepo = repo.get(key3)?.hash ?? void 0;
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      ...ref.parent ? { parent: ref.parent } : {},
      ...props?.lastModifiedByName ? { changedBy: props.lastModifiedByName } : {},
      ...props?.lastModifiedDate ? { changedAt: props.lastModifiedDate.toISOString() } : {},
      kind: before?.hash ? "changed" : "unrecorded",
      overwrites: inRepo === void 0 ? now !== void 0 : inRepo !== now,
      packageIsReceipt: before?.hash !== void 0 && before.hash === inRepo,
      diffs: changes2.get(key3)?.diffs ?? []
    });
  }
  for (const ref of vanished)
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      kind: "deleted",
      overwrites: repo.has(refKey(ref)),
      packageIsReceipt: recorded.get(refKey(ref))?.hash === repo.get(refKey(ref))?.hash,
      diffs: []
    });
  return {
    drifted: drifted.sort(byRef2),
    checked: touched.size,
    retrieved: modified.length,
    listCalls: listing.calls,
    retrieveIds: retrieved?.retrieveIds ?? [],
    readCalls: fetched.readCalls,
    retrievedBytes: [...orgFiles.values()].reduce((sum, b) => sum + b.byteLength, 0),
    notes: [...listing.notes, ...fetched.notes, ...retrieved?.notes ?? []]
  };
}
async function fetchOrgFiles(modified, input, ports) {
  if (modified.length === 0) return { orgFiles: /* @__PURE__ */ new Map(), readCalls: 0, notes: [] };
  const plan = ports.read ? readPlan(modified, defaultRegistry()) : void 0;
  const notes = [];
  let readCalls = 0;
  if (plan && ports.read) {
    const read = ports.read;
    const counted = (type, names) => {
      readCalls++;
      return withRetries(() => read(type, names), ports, input.wait);
    };
    try {
      return { orgFiles: (await readOrgFiles(plan, counted)).files, readCalls, notes };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      notes.push(`readMetadata refused the check (${error.message}); retrieved instead.`);
    }
  }
  const retrieved = await retrieveComponents(modified, ports, {
    apiVersion: input.apiVersion,
    wait: input.wait
  });
  return { orgFiles: retrieved.files, retrieved, readCalls, notes };
}
async function listTouched(refs, wait, ports) {
  const queries = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const folderType = folderTypeOf(ref.type);
    const slash = ref.fullName.lastIndexOf("/");
    const query = !folderType ? { type: ref.type } : slash < 0 ? { type: folderType } : { type: ref.type, folder: ref.fullName.slice(0, slash) };
    queries.set(`${query.type}/${query.folder ?? ""}`, { query, contentType: ref.type });
  }
  const out = { props: /* @__PURE__ */ new Map(), listedTypes: /* @__PURE__ */ new Set(), calls: 0, notes: [] };
  for (const { query, contentType } of queries.values()) {
    out.calls++;
    const listed2 = await withRetries(() => ports.api.listMetadata(query), ports, wait).catch(
      (error) => {
        if (!(error instanceof ApiError)) throw error;
        out.notes.push(
          `${query.type}: not checked for drift; listMetadata refused it (${error.message}).`
        );
        return void 0;
      }
    );
    if (!listed2) continue;
    if (!query.folder) out.listedTypes.add(contentType);
    for (const p of listed2) out.props.set(refKey({ type: contentType, fullName: p.fullName }), p);
  }
  return out;
}
function byKey(list2) {
  return new Map(list2.map((c) => [refKey(c), c]));
}
function byRef2(a, b) {
  const x = `${a.type}\0${a.fullName}`;
  const y = `${b.type}\0${b.fullName}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

// src/drift/find-receipt.ts
var import_jszip2 = __toESM(require_lib3(), 1);
import { readFile as readFile3 } from "node:fs/promises";

// src/receipt/build-receipt.ts
var RECEIPT_KIND = "salesforce-deploy-receipt";
var RECEIPT_VERSION = 1;
var RECEIPT_FILE = "deploy-receipt.json";
var ARTIFACT_PREFIX = "sf-receipt-";
function receiptArtifactName(orgId) {
  return `${ARTIFACT_PREFIX}${to18(orgId)}`;
}
function buildReceipt(input) {
  const { result: result2, run: run2 } = input;
  return {
    kind: RECEIPT_KIND,
    version: RECEIPT_VERSION,
    orgId: to18(input.orgId),
    instanceUrl: input.instanceUrl ?? "",
    apiVersion: input.apiVersion ?? null,
    mode: input.mode,
    commitSha: run2.commitSha,
    run: run2.repository && run2.runId ? { repository: run2.repository, id: run2.runId, attempt: run2.runAttempt ?? "1" } : null,
    contentHash: input.contentHash ?? null,
    validationId: input.validationId ?? null,
    deployId: result2.id,
    status: result2.status,
    deployedAt: result2.completedDate?.toISOString() ?? input.now,
    deployedBy: result2.createdByName ?? null,
    testLevel: input.testLevel ?? null,
    tests: testsOf(result2),
    coverage: coverageOf(result2),
    ...componentsOf(input)
  };
}
function serializeReceipt(receipt) {
  return `${JSON.stringify(receipt, null, 2)}
`;
}
function testsOf(result2) {
  const run2 = result2.details?.runTestResult;
  const methods = (run2?.tests ?? []).map((t) => ({
    className: t.className,
    ...t.namespace ? { namespace: t.namespace } : {},
    ...t.methodName ? { methodName: t.methodName } : {},
    outcome: t.outcome
  }));
  const count = run2?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors;
  const failures = run2?.numFailures ?? result2.numberTestErrors;
  return {
    run: count,
    failures,
    outcome: count === 0 ? "NotRun" : failures > 0 ? "Fail" : "Pass",
    methods
  };
}
function coverageOf(result2) {
  const measured = (result2.details?.runTestResult?.coverage ?? []).filter((c) => c.numLocations > 0);
  if (measured.length === 0) return null;
  const classes = measured.map((c) => ({
    name: c.namespace ? `${c.namespace}.${c.name}` : c.name,
    type: c.type,
    covered: c.numLocations - c.numLocationsNotCovered,
    total: c.numLocations
  })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const covered = classes.reduce((sum, c) => sum + c.covered, 0);
  const total = classes.reduce((sum, c) => sum + c.total, 0);
  return { percent: percentOf(covered, total), covered, total, classes };
}
function componentsOf(input) {
  if (input.packageFiles) {
    const manifest = packageMembers(input.packageFiles);
    return {
      components: hashComponents(input.packageFiles, manifest.members),
      deleted: manifest.deletions.map((d) => ({ type: d.type, fullName: d.fullName }))
    };
  }
  const successes = input.result.details?.componentSuccesses ?? [];
  const seen = /* @__PURE__ */ new Map();
  const deleted = [];
  for (const c of successes) {
    if (c.componentType === "") continue;
    const ref = { type: c.componentType, fullName: c.fullName };
    if (c.deleted) deleted.push(ref);
    else seen.set(`${ref.type}:${ref.fullName}`, { ...ref, hash: null });
  }
  return {
    components: [...seen.values()].sort(
      (a, b) => `${a.type}\0${a.fullName}` < `${b.type}\0${b.fullName}` ? -1 : 1
    ),
    deleted
  };
}

// src/receipt/parse-receipt.ts
var HASH = /^[0-9a-f]{64}$/;
function parseReceipt(text2, label2) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return { problem: `${label2} is not JSON.` };
  }
  if (!isObject(data) || data.kind !== RECEIPT_KIND)
    return { problem: `${label2} is not a deploy receipt (kind is not ${RECEIPT_KIND}).` };
  if (data.version !== RECEIPT_VERSION)
    return {
      problem: `${label2} has receipt version ${String(data.version)}; this action reads version ${RECEIPT_VERSION}.`
    };
  if (typeof data.orgId !== "string" || !/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(data.orgId))
    return { problem: `${label2} names no valid org id.` };
  if (typeof data.deployedAt !== "string" || Number.isNaN(Date.parse(data.deployedAt)))
    return { problem: `${label2} has no valid deployedAt time.` };
  if (!Array.isArray(data.components) || !data.components.every(isComponent))
    return { problem: `${label2} has a malformed components list.` };
  const receipt = data;
  return { receipt: { ...receipt, orgId: to18(receipt.orgId) } };
}
function isComponent(value) {
  return isObject(value) && typeof value.type === "string" && typeof value.fullName === "string" && (value.hash === null || typeof value.hash === "string" && HASH.test(value.hash));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/drift/find-receipt.ts
function fileReceiptFinder(file, label2) {
  return {
    async newest(orgId) {
      const text2 = await readFile3(file, "utf8").catch((error) => {
        throw new ActionError(
          `drift-baseline: ${label2} could not be read (${error instanceof Error ? error.message : String(error)}).`
        );
      });
      const parsed = parseReceipt(text2, `drift-baseline ${label2}`);
      if ("problem" in parsed) throw new ActionError(parsed.problem);
      if (parsed.receipt.orgId !== to18(orgId))
        throw new ActionError(
          `drift-baseline: ${label2} is the receipt of org ${parsed.receipt.orgId}, but the signed-in org is ${to18(orgId)}.`
        );
      return { receipt: parsed.receipt, source: `file ${label2}`, passedOver: [] };
    }
  };
}
function artifactReceiptFinder(options) {
  return {
    async newest(orgId) {
      const [owner, repo] = options.repository?.split("/") ?? [];
      if (!owner || !repo || !options.token)
        return {
          passedOver: [
            "No receipt artifacts were searched: that needs GITHUB_REPOSITORY and github-token (run inside a GitHub workflow, or give drift-baseline)."
          ]
        };
      const client = options.octokit(options.token);
      const name = receiptArtifactName(orgId);
      const listed2 = await client.paginate(client.rest.actions.listArtifactsForRepo, { owner, repo, name, per_page: 100 }).catch((error) => {
        throw explainListError2(error);
      });
      const newest = listed2.filter((a) => a.name === name).sort(byNewest2).slice(0, MAX_RECORDS_READ);
      const candidates2 = await Promise.all(
        newest.map(
          (artifact) => readCandidate(artifact, to18(orgId), options.repository ?? "", {
            run: async (id) => (await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id })).data,
            download: async (id) => new Uint8Array(
              (await client.rest.actions.downloadArtifact({
                owner,
                repo,
                artifact_id: id,
                archive_format: "zip"
              })).data
            )
          })
        )
      );
      return pickNewest(candidates2);
    }
  };
}
function pickNewest(candidates2) {
  const passedOver = candidates2.flatMap((c) => "problem" in c ? [c.problem] : []);
  const trusted = candidates2.flatMap((c) => "receipt" in c ? [c] : []);
  trusted.sort((a, b) => Date.parse(b.receipt.deployedAt) - Date.parse(a.receipt.deployedAt));
  const best = trusted[0];
  return best ? { receipt: best.receipt, source: best.source, passedOver } : { passedOver };
}
async function readCandidate(artifact, orgId, repository, io) {
  const source = sourceOf(artifact);
  const label2 = `artifact ${artifact.name} (id ${artifact.id})`;
  if (source.expired) return { problem: `${label2} has expired.` };
  if (source.fromFork)
    return { problem: `${label2} was uploaded by a run for a fork, which is not trusted.` };
  if (source.runId === void 0) return { problem: `${label2} names no workflow run.` };
  const run2 = await io.run(source.runId).catch((error) => describeGitHubError(error));
  if (typeof run2 === "string")
    return {
      problem: `${label2}: its workflow run could not be read (${run2}), so it is not trusted.`
    };
  const repos = [run2.repository?.full_name ?? "", run2.head_repository?.full_name ?? ""];
  if (repos.some((r) => r !== repository))
    return {
      problem: `${label2} was uploaded by a run of ${repos.find((r) => r !== repository) || "an unknown repository"}, not ${repository}.`
    };
  try {
    const zip = await import_jszip2.default.loadAsync(await io.download(artifact.id));
    const entry = zip.file(RECEIPT_FILE);
    if (!entry) return { problem: `${label2} holds no ${RECEIPT_FILE}.` };
    const parsed = parseReceipt(await entry.async("string"), label2);
    if ("problem" in parsed) return parsed;
    if (parsed.receipt.orgId !== orgId)
      return { problem: `${label2} is the receipt of org ${parsed.receipt.orgId}.` };
    if (parsed.receipt.run && parsed.receipt.run.id !== String(source.runId))
      return {
        problem: `${label2} says it was written by run ${parsed.receipt.run.id}, but run ${source.runId} uploaded it.`
      };
    return { receipt: parsed.receipt, source: `${label2} of run ${source.runId}` };
  } catch (error) {
    return { problem: `${label2} could not be downloaded or read: ${describeGitHubError(error)}` };
  }
}
function byNewest2(a, b) {
  return Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? "") || b.id - a.id;
}
function explainListError2(error) {
  const status = statusOf(error);
  if (status === 403 || status === 404)
    return new ActionError(
      `Listing the repository's artifacts for the newest deploy receipt was refused (${describeGitHubError(error)}). The drift guard reads receipts of earlier runs: give the job permissions: actions: read, pass drift-baseline, or set drift: off.`
    );
  return error;
}

// src/drift/render-drift.ts
var DIFF_LINES = 40;
var DIFF_CAP = 25;
function renderDriftSection(input) {
  const { report, receipt } = input;
  const n = report.drifted.length;
  const baseline = `Baseline: deploy ${codeSpan(receipt.deployId)} of ${escapeInline(receipt.deployedAt)}${receipt.deployedBy ? ` by ${escapeInline(receipt.deployedBy)}` : ""}, commit ${codeSpan(receipt.commitSha.slice(0, 12) || "unknown")} (${escapeInline(input.source)}).`;
  const lines = [
    `### ${n === 0 ? "\u2705 No drift" : `\u26A0\uFE0F Drift: ${n} component${n === 1 ? "" : "s"} changed in the org since the last deploy`}`,
    "",
    baseline,
    "",
    costLine(report),
    ""
  ];
  if (n > 0)
    lines.push(...driftTable(report.drifted), "", ...diffs(report.drifted), ...advice(input));
  for (const note of [...report.notes, ...(input.passedOver ?? []).map((p) => `Passed over: ${p}`)])
    lines.push(`> ${escapeInline(note)}`);
  return `${lines.join("\n")}
`;
}
function costLine(report) {
  const plural2 = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const read = report.readCalls > 0 && report.retrieveIds.length === 0;
  return `Checked ${plural2(report.checked, "component")}; ${report.retrieved} modified after that deploy were ${read ? "read" : "retrieved"} (${plural2(report.listCalls, "listMetadata call")}, ${read ? plural2(report.readCalls, "readMetadata call") : plural2(report.retrieveIds.length, "retrieve")}).`;
}
function describeDrift(drifted) {
  const names = drifted.slice(0, 10).map((d) => `${d.type} ${d.fullName}`);
  const more2 = drifted.length > 10 ? `, and ${drifted.length - 10} more` : "";
  return `${names.join(", ")}${more2}`;
}
function driftTable(drifted) {
  return table(
    ["Component", "Changed by", "When", "What", "This deploy"],
    drifted.map((d) => [
      `${escapeTableCell(d.type)} ${codeSpanInCell(d.fullName)}`,
      escapeTableCell(d.changedBy ?? "unknown"),
      escapeTableCell(d.changedAt ?? "unknown"),
      d.kind === "deleted" ? "deleted in the org" : d.kind === "unrecorded" ? "modified (not in the receipt)" : "content changed",
      d.overwrites ? "**overwrites it**" : "keeps it (the repository has the same version)"
    ])
  );
}
function diffs(drifted) {
  const withDiffs = drifted.filter((d) => d.diffs.length > 0);
  const shown = withDiffs.slice(0, DIFF_CAP).flatMap(
    (d) => details(
      `${escapeHtml(d.type)} <code>${escapeHtml(d.fullName)}</code>: ${d.packageIsReceipt ? "the org's change against the receipt's version" : "the org's version against the repository's"}`,
      d.diffs.flatMap(fileDiff)
    )
  );
  const more2 = withDiffs.length > DIFF_CAP ? [`\u2026 and ${withDiffs.length - DIFF_CAP} more diffs`, ""] : [];
  return [...shown, ...more2];
}
function fileDiff(diff) {
  const title = codeSpan(diff.path);
  if (diff.binary) return [`${title}: binary content differs`, ""];
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, ""];
  const body2 = diff.lines.slice(0, DIFF_LINES);
  const cut = diff.lines.length > DIFF_LINES ? [`\u2026 ${diff.lines.length - DIFF_LINES} more diff lines`] : [];
  const text2 = [...body2, ...cut].join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [title, "", `${fence}diff
${text2}
${fence}`, ""];
}
function advice(input) {
  const accept = input.report.drifted.filter((d) => d.kind !== "deleted");
  const types = /* @__PURE__ */ new Map();
  for (const d of accept) types.set(d.type, [...types.get(d.type) ?? [], d.fullName]);
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...[...types].flatMap(([type, names]) => [
      "    <types>",
      ...names.map((n) => `        <members>${escapeXml2(n)}</members>`),
      `        <name>${escapeXml2(type)}</name>`,
      "    </types>"
    ]),
    "</Package>"
  ];
  const verdict = input.level === "fail" ? ["**drift: fail** stopped the run before anything was deployed.", ""] : input.level === "warn" ? ["**drift: warn**: the run goes on.", ""] : [];
  return [
    ...verdict,
    "To keep the org's versions instead, accept them into the repository with `mode: retrieve` and a `retrieve-manifest` naming these components, then commit the result:",
    "",
    ...accept.length > 0 ? fenced("xml", manifest) : [],
    ""
  ];
}
function fenced(lang, lines) {
  const text2 = lines.join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, text2, fence];
}

// src/drift/drift-step.ts
var DriftError = class extends ActionError {
  name = "DriftError";
};
async function runDriftGuard(settings, deps, pkg, session) {
  const choice = settings.drift?.choice ?? "off";
  if (choice === "off") return void 0;
  const caller = session.caller;
  const orgId = session.connection.orgId;
  if (!caller || !orgId) {
    deps.logger.warning("Drift guard skipped: the sign-in did not tell the org id.");
    return void 0;
  }
  const level = await decideLevel(choice, () => queryIsProduction(caller, session.apiVersion));
  deps.logger.info(
    `Drift guard ${level ?? "off"} (drift: ${choice}${choice === "auto" ? `, ${level ? "a" : "not a"} production org` : ""}).`
  );
  if (!level) return void 0;
  const found = await findBaseline(settings, deps, orgId, level);
  if (!found) return void 0;
  if (!found.receipt) {
    const why = found.passedOver.length > 0 ? ` (${found.passedOver.join(" ")})` : "";
    deps.logger.info(`Drift guard: no deploy receipt of this org to compare with${why}.`);
    return {
      sections: [
        `### Drift

No deploy receipt of this org was found, so drift could not be checked; this deploy's receipt will be the baseline of the next run.
`
      ],
      notes: []
    };
  }
  const report = await detectDrift(
    {
      receipt: found.receipt,
      packageFiles: unzipEntries(pkg.zip, "deploy package"),
      apiVersion: session.apiVersion,
      wait: waitOptionsFrom(settings, deps.random)
    },
    {
      api: createSoapRetrieveApi(caller, session.apiVersion),
      read: createSoapCrudApi(caller, session.apiVersion).read,
      clock: deps.clock,
      logger: deps.logger
    }
  );
  deps.parts.output("drifted-components", String(report.drifted.length));
  const section = renderDriftSection({
    report,
    receipt: found.receipt,
    source: found.source ?? "receipt",
    level,
    passedOver: found.passedOver
  });
  if (report.drifted.length === 0) {
    deps.logger.info(
      `Drift guard: no component changed in the org since deploy ${found.receipt.deployId}.`
    );
    return { sections: [section], notes: [] };
  }
  const message = `${report.drifted.length} component(s) changed in the org since deploy ${found.receipt.deployId} (${found.receipt.deployedAt}): ${describeDrift(report.drifted)}.`;
  if (level === "fail") {
    deps.parts.section(redact(section));
    throw new DriftError(
      `${message} drift: fail stops the run before anything is deployed; see the summary for the diffs, accept the changes with mode: retrieve, or set drift: warn to deploy over them.`
    );
  }
  deps.logger.warning(`Drift: ${message} See the summary.`);
  return { sections: [section], notes: [] };
}
async function decideLevel(choice, isProduction2) {
  if (choice !== "auto") return choice;
  return await isProduction2() ? "warn" : void 0;
}
async function findBaseline(settings, deps, orgId, level) {
  const env = deps.env;
  const baseline = settings.drift?.baseline;
  const finder = baseline ? fileReceiptFinder(baseline, path6.relative(settings.workspace, baseline)) : artifactReceiptFinder({
    ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    octokit: deps.octokit
  });
  try {
    return await finder.newest(orgId);
  } catch (error) {
    if (level === "fail" || baseline) throw error;
    deps.logger.warning(`Drift guard skipped: ${describeError(error)}`);
    return void 0;
  }
}
async function guardThenBackup(guard, backup) {
  const drift = await guard();
  const saved = await backup();
  if (!drift) return saved;
  if (!saved) return drift;
  return {
    sections: [...drift.sections, ...saved.sections],
    notes: [...drift.notes, ...saved.notes]
  };
}

// src/receipt/write-receipt.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir as mkdir3, writeFile as writeFile4 } from "node:fs/promises";
import path8 from "node:path";

// src/github/report-files.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import path7 from "node:path";

// src/report/coverage-files.ts
function coverageFiles(report) {
  return report.coverage.entries.filter((e) => e.path !== void 0).map((e) => ({
    path: e.path,
    name: e.name,
    total: e.numLocations,
    covered: e.covered,
    lines: knownLines(e)
  })).sort((a, b) => a.path.localeCompare(b.path));
}
function totalsOf(files) {
  const total = files.reduce((sum, f) => sum + f.total, 0);
  const covered = files.reduce((sum, f) => sum + f.covered, 0);
  return {
    total,
    covered,
    rate: total === 0 ? 1 : covered / total,
    percent: total === 0 ? 100 : percentOf(covered, total)
  };
}
function rate(covered, total) {
  return (total === 0 ? 1 : covered / total).toFixed(4);
}
function knownLines(e) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of e.linesCovered ?? []) lines.set(line, 1);
  for (const line of e.linesNotCovered) lines.set(line, 0);
  return [...lines.entries()].sort(([a], [b]) => a - b);
}

// src/report/cobertura.ts
function toCoberturaXml(report) {
  const files = coverageFiles(report);
  const totals = totalsOf(files);
  const timestamp = (report.verdict.completedDate ?? report.verdict.startDate)?.getTime() ?? 0;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate(totals.covered, totals.total)}" branch-rate="0" lines-covered="${totals.covered}" lines-valid="${totals.total}" branches-covered="0" branches-valid="0" complexity="0" version="1" timestamp="${timestamp}">`,
    "  <sources>",
    "    <source>.</source>",
    "  </sources>",
    "  <packages>"
  ];
  for (const [name, group] of packages(files)) {
    const t = totalsOf(group);
    lines.push(
      `    <package name="${escapeXml2(name)}" line-rate="${rate(t.covered, t.total)}" branch-rate="0" complexity="0">`,
      "      <classes>"
    );
    for (const file of group) lines.push(...classElement(file));
    lines.push("      </classes>", "    </package>");
  }
  lines.push("  </packages>", "</coverage>", "");
  return lines.join("\n");
}
function classElement(f) {
  const head = `        <class name="${escapeXml2(f.name)}" filename="${escapeXml2(f.path)}" line-rate="${rate(f.covered, f.total)}" branch-rate="0" complexity="0">`;
  const lineTags = f.lines.map(
    ([n, hits]) => `            <line number="${n}" hits="${hits}" branch="false"/>`
  );
  return [
    head,
    "          <methods/>",
    "          <lines>",
    ...lineTags,
    "          </lines>",
    "        </class>"
  ];
}
function packages(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name = f.path.includes("/") ? f.path.split("/")[0] ?? "." : ".";
    groups.set(name, [...groups.get(name) ?? [], f]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// src/report/json-summary.ts
function toJsonSummary(report) {
  const files = coverageFiles(report);
  const summary = {
    total: metrics(totalsOf(files).total, totalsOf(files).covered)
  };
  for (const f of files) summary[f.path] = metrics(f.total, f.covered);
  return `${JSON.stringify(summary, null, 2)}
`;
}
function metrics(total, covered) {
  const lines = {
    total,
    covered,
    skipped: 0,
    pct: total === 0 ? 100 : Math.round(covered / total * 1e4) / 100
  };
  const none = { total: 0, covered: 0, skipped: 0, pct: 100 };
  return { lines, statements: { ...lines }, functions: { ...none }, branches: { ...none } };
}

// src/report/junit.ts
var JUNIT_MESSAGE_MAX = 1e3;
function toJUnitXml(report) {
  const { tests, verdict } = report;
  const timestamp = isoSeconds(verdict.startDate ?? verdict.createdDate);
  const rows = [...tests.failures, ...tests.passes];
  const suites = groupBySuite(rows);
  const rootAttrs = attrs({
    name: `Apex tests ${verdict.deployId}`,
    tests: rows.length,
    failures: tests.failures.length,
    errors: 0,
    skipped: 0,
    time: seconds(tests.totalTimeMs),
    timestamp
  });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (rows.length === 0) {
    lines.push(`<testsuites${rootAttrs}/>`, "");
    return lines.join("\n");
  }
  lines.push(`<testsuites${rootAttrs}>`);
  for (const [name, cases] of suites) lines.push(...suite(name, cases, report, timestamp));
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
function suite(name, cases, report, timestamp) {
  const path21 = cases.find((c) => c.path)?.path;
  const suiteAttrs = attrs({
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === "Fail").length,
    errors: 0,
    skipped: 0,
    time: seconds(cases.reduce((sum, c) => sum + c.timeMs, 0)),
    timestamp,
    file: path21
  });
  return [
    `  <testsuite${suiteAttrs}>`,
    ...properties(report, "    "),
    ...cases.map(testcase),
    "  </testsuite>"
  ];
}
function testcase(t) {
  const line = t.location && t.location.path === t.path ? t.location.line : void 0;
  const caseAttrs = attrs({
    classname: t.qualifiedClass,
    name: t.methodName ?? "(class)",
    time: seconds(t.timeMs),
    file: t.path,
    line
  });
  const retry = t.retryNote ? `
      <system-out>${escapeXml2(t.retryNote)}</system-out>` : "";
  if (t.outcome === "Pass")
    return retry ? `    <testcase${caseAttrs}>${retry}
    </testcase>` : `    <testcase${caseAttrs}/>`;
  const message = t.message ?? "";
  const firstLine = message.split(/\r?\n/, 1)[0] ?? "";
  const failureAttrs = attrs({
    type: t.exceptionType,
    message: firstLine.length > JUNIT_MESSAGE_MAX ? `${firstLine.slice(0, JUNIT_MESSAGE_MAX - 1)}\u2026` : firstLine
  });
  const body2 = [message, t.stackTrace].filter(Boolean).join("\n");
  return `    <testcase${caseAttrs}>
      <failure${failureAttrs}>${escapeXml2(body2)}</failure>${retry}
    </testcase>`;
}
function properties(report, indent) {
  const props = [
    ["deployId", report.verdict.deployId],
    ["org", report.verdict.orgLabel],
    ["apiVersion", report.verdict.apiVersion],
    ["testLevel", report.testLevel],
    ["validationId", report.verdict.validationId]
  ];
  const present = props.filter((p) => Boolean(p[1]));
  return [
    `${indent}<properties>`,
    ...present.map(([name, value]) => `${indent}  <property${attrs({ name, value })}/>`),
    `${indent}</properties>`
  ];
}
function groupBySuite(rows) {
  const suites = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const list2 = suites.get(row.qualifiedClass) ?? [];
    list2.push(row);
    suites.set(row.qualifiedClass, list2);
  }
  return [...suites.entries()].sort(([a], [b]) => a.localeCompare(b));
}
function attrs(values) {
  return Object.entries(values).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => ` ${k}="${escapeXml2(String(v))}"`).join("");
}
function seconds(ms) {
  return (ms / 1e3).toFixed(3);
}
function isoSeconds(date2) {
  return date2 ? `${date2.toISOString().slice(0, 19)}Z` : void 0;
}

// src/report/lcov.ts
function toLcov(report) {
  const out = [];
  for (const f of coverageFiles(report)) {
    out.push("TN:", `SF:${f.path}`);
    for (const [line, hits] of f.lines) out.push(`DA:${line},${hits}`);
    out.push(`LF:${f.total}`, `LH:${f.covered}`, "end_of_record");
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}

// src/report/result-json.ts
function toResultJson(report) {
  const result2 = { ...report.result };
  for (const key3 of ["createdBy", "createdByName", "canceledBy", "canceledByName"])
    delete result2[key3];
  const { verdict, components: components2, tests, coverage } = report;
  const body2 = {
    operation: verdict.operation,
    mode: verdict.mode,
    outcome: verdict.outcome,
    passed: report.passed,
    conclusion: report.conclusion,
    org: verdict.orgLabel,
    apiVersion: verdict.apiVersion,
    ...report.testLevel ? { testLevel: report.testLevel } : {},
    deployUrl: verdict.deployUrl,
    ...verdict.validationId ? { validationId: verdict.validationId } : {},
    ...verdict.validationExpiresAt ? { validationExpiresAt: verdict.validationExpiresAt.toISOString() } : {},
    timing: { queuedMs: verdict.queuedMs ?? null, runMs: verdict.runMs ?? null },
    counts: {
      componentsTotal: components2.total,
      componentsDeployed: components2.deployed,
      componentErrors: components2.errors.length,
      componentWarnings: components2.warnings.length,
      testsTotal: tests.total,
      testsPassed: tests.passed,
      testsFailed: tests.failed,
      coveragePercent: coverage.aggregate?.percent ?? null
    },
    reasons: report.reasons,
    result: result2
  };
  return `${JSON.stringify(body2, null, 2)}
`;
}

// src/report/size-budget.ts
var JOB_SUMMARY_BUDGET_BYTES = 1e6;
function byteLength(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function hardCut(text2, budget, notice, measure) {
  const reserve = measure(`

${notice}
`);
  const state = { openDetails: 0 };
  const kept = [];
  let used = 0;
  for (const line of text2.split("\n")) {
    const next = advance(state, line);
    const size2 = measure(line) + 1;
    if (used + size2 + reserve + measure(closers(next).join("\n")) + 1 > budget) break;
    kept.push(line);
    used += size2;
    state.fence = next.fence;
    state.openDetails = next.openDetails;
  }
  return [...kept, ...closers(state), "", notice, ""].join("\n");
}
function advance(state, line) {
  const match = /^\s*(`{3,})/.exec(line);
  if (state.fence) {
    const closes = match?.[1] !== void 0 && match[1].length >= state.fence.length && line.trim() === match[1];
    return closes ? { openDetails: state.openDetails } : { ...state };
  }
  if (match?.[1]) return { fence: match[1], openDetails: state.openDetails };
  const opened = (line.match(/<details>/g) ?? []).length;
  const closed = (line.match(/<\/details>/g) ?? []).length;
  return { openDetails: Math.max(0, state.openDetails + opened - closed) };
}
function closers(state) {
  const out = [];
  if (state.fence) out.push(state.fence);
  for (let i = 0; i < state.openDetails; i++) out.push("", "</details>");
  return out;
}

// src/report/summary-sections.ts
function renderComponentIssues(report, o) {
  const { errors, warnings } = report.components;
  return [
    ...issueTable("Component errors", errors, report, o),
    ...issueTable("Component warnings", warnings, report, o)
  ];
}
function issueTable(title, issues, report, o) {
  if (issues.length === 0) return [];
  const shown = capped(issues, o.failureCap);
  const rows = shown.map((i) => [
    escapeTableCell(i.componentType || "manifest"),
    codeSpanInCell(i.fullName),
    i.path ? fileLink(i.path, i.line, report.blobBaseUrl) : `${escapeTableCell(i.fileName)}${i.manifest ? "" : " (not mapped)"}`,
    i.line ? `${i.line}${i.column ? `:${i.column}` : ""}` : "",
    escapeTableCell(trimText(i.problem, o.messageChars))
  ]);
  return [
    `### ${title} (${issues.length})`,
    "",
    ...table(["Type", "Name", "File", "Line:Col", "Problem"], rows),
    ...moreLine(issues.length, shown.length),
    ""
  ];
}
function renderTests2(report, o) {
  const { tests } = report;
  if (!tests.ran) return [];
  const lines = [];
  if (tests.failures.length > 0) {
    lines.push(`### Test failures (${tests.failures.length})`, "");
    const shown = capped(tests.failures, o.failureCap);
    for (const t of shown) lines.push(...renderFailure(t, report, o));
    lines.push(...moreLine(tests.failures.length, shown.length), "");
  }
  if (tests.total > SLOWEST_TESTS && !o.hideSlowest) {
    lines.push(`### Slowest tests`, "");
    lines.push(
      ...table(
        ["Test", "Time", "Outcome"],
        tests.slowest.map((t) => [
          codeSpanInCell(testName(t)),
          formatSeconds(t.timeMs),
          t.outcome === "Pass" ? "\u2705" : "\u274C"
        ])
      )
    );
  }
  lines.push("");
  if (o.passingTests && tests.passes.length > 0) {
    const sorted = [...tests.passes].sort((a, b) => testName(a).localeCompare(testName(b)));
    const rows = sorted.map((t) => [codeSpanInCell(testName(t)), formatSeconds(t.timeMs)]);
    lines.push(...details(`Passing tests (${tests.passes.length})`, table(["Test", "Time"], rows)));
  }
  return lines;
}
function renderFailure(t, report, o) {
  const where = t.location ? fileLink(t.location.path, t.location.line, report.blobBaseUrl) : t.path ? fileLink(t.path, void 0, report.blobBaseUrl) : "not in repository";
  const message = trimText(t.message ?? "No message from Salesforce.", o.messageChars);
  const lines = [
    `#### \u274C ${codeSpan(testName(t))}`,
    "",
    `${where} \xB7 ${formatSeconds(t.timeMs)}`,
    "",
    fencedBlock(message),
    ""
  ];
  if (t.stackTrace) {
    lines.push(...details("Stack trace", [fencedBlock(trimLines(t.stackTrace, o.traceLines))]));
  }
  return lines;
}
function renderCoverage(report, o) {
  const { coverage } = report;
  if (coverage.entries.length === 0) return [];
  const threshold = coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT;
  const lines = [
    `### Coverage (${plural(coverage.entries.length, "class or trigger", "classes and triggers")})`,
    ""
  ];
  if (coverage.aggregate) {
    const a = coverage.aggregate;
    lines.push(
      `Coverage of the classes reported by this run: **${formatPercent(a.percent)}** (${a.covered}/${a.total} lines) \xB7 threshold ${threshold} % ${coverage.threshold ? "(configured)" : "(Salesforce)"}`,
      ""
    );
  }
  if (coverage.orgWidePercentHint !== void 0)
    lines.push(`Org-wide coverage reported by Salesforce: ${coverage.orgWidePercentHint} %`, "");
  if (!coverage.exactLines)
    lines.push(
      "Covered line numbers are not in this result (API < 68.0): files list uncovered lines with exact totals.",
      ""
    );
  lines.push(...thresholdLines(report));
  const shown = o.coverageLowest === void 0 ? coverage.entries : trimCoverage(coverage.entries, o.coverageLowest);
  const rows = shown.map((e) => coverageRow(e, threshold, report));
  lines.push(
    ...table(["Class", "File", "Covered", "%", `Bar (\u2506 ${threshold} %)`, "Uncovered lines"], rows)
  );
  if (shown.length < coverage.entries.length) {
    const rest = coverage.entries.length - shown.length;
    lines.push(
      "",
      `\u2026 ${rest} more classes and triggers at or above ${formatPercent(shown.at(-1)?.percent)} are left out; see the coverage files.`
    );
  }
  lines.push("");
  return lines;
}
function thresholdLines(report) {
  const t = report.coverage.threshold;
  if (!t?.evaluated || t.passed) return [];
  const lines = [`**Below the configured threshold of ${t.threshold} %:**`];
  if (t.aggregateBelow)
    lines.push(`- aggregate coverage ${formatPercent(report.coverage.aggregate?.percent)}`);
  for (const e of t.classesBelow)
    lines.push(`- ${codeSpan(e.name)} (${e.type}) ${formatPercent(e.percent)}`);
  return [...lines, ""];
}
function coverageRow(e, threshold, report) {
  const flag = e.belowThreshold ? " \u26A0" : "";
  return [
    `${codeSpanInCell(e.name)} (${e.type})${flag}`,
    e.path ? fileLink(e.path, e.linesNotCovered[0], report.blobBaseUrl) : "not in repository",
    e.numLocations > 0 ? `${e.covered}/${e.numLocations}` : "0/0",
    formatPercent(e.percent),
    coverageBar(e.percent, threshold),
    lineRanges(e.linesNotCovered)
  ];
}
function trimCoverage(entries, lowest) {
  return entries.filter((e, index) => index < lowest || e.belowThreshold);
}
function renderComponentSuccesses(report, o) {
  const { components: components2, verdict } = report;
  const verb = verdict.checkOnly ? "Validated" : "Deployed";
  const lines = [];
  if (!committed(verdict)) return lines;
  if (components2.successes.length > 0) {
    const s = components2.byState;
    lines.push(
      `### ${verb} components (${components2.successes.length})`,
      "",
      `Created ${s.Created} \xB7 Changed ${s.Changed} \xB7 Unchanged ${s.Unchanged} \xB7 Deleted ${s.Deleted}`,
      ""
    );
    lines.push(
      ...details(
        "By type",
        table(
          ["Type", "Count"],
          components2.byType.map(([type, n]) => [escapeTableCell(type), String(n)])
        )
      )
    );
    if (o.successList) {
      const rows = components2.successes.map((c) => [
        escapeTableCell(c.componentType),
        codeSpanInCell(c.fullName),
        c.state
      ]);
      lines.push(...details(`${verb} components`, table(["Type", "Name", "State"], rows)));
    }
  }
  if (components2.deleted.length > 0) {
    lines.push(`### Deleted components (${components2.deleted.length})`, "");
    lines.push(
      ...table(
        ["Name", "Type"],
        components2.deleted.map((c) => [
          codeSpanInCell(c.fullName),
          escapeTableCell(c.componentType)
        ])
      ),
      ""
    );
  }
  return lines;
}
function capped(items, cap) {
  return cap === void 0 ? items : items.slice(0, cap);
}
function moreLine(total, shown) {
  return total > shown ? ["", `\u2026 and ${total - shown} more, see the summary file or the artifact.`] : [];
}
function trimText(text2, max) {
  return max === void 0 || text2.length <= max ? text2 : `${text2.slice(0, max)}\u2026 (${text2.length - max} more characters)`;
}
function trimLines(text2, max) {
  const lines = text2.split(/\r?\n/);
  return max === void 0 || lines.length <= max ? text2 : [...lines.slice(0, max), `\u2026 ${lines.length - max} more lines`].join("\n");
}

// src/report/summary-verdict.ts
var ICONS = {
  succeeded: "\u2705",
  partial: "\u26A0\uFE0F",
  failed: "\u274C",
  canceled: "\u{1F6AB}",
  running: "\u23F3"
};
var WORDS = {
  succeeded: "succeeded",
  partial: "partially succeeded",
  failed: "failed",
  canceled: "canceled",
  running: "still running"
};
function headline(report) {
  const { verdict } = report;
  if (verdict.nothingCanceled)
    return `\u26A0\uFE0F Nothing to cancel \u2014 ${verdict.operation} had already ${WORDS[verdict.outcome]}`;
  if (verdict.outcome === "succeeded" && !report.passed)
    return `\u274C ${verdict.operation} failed the coverage threshold`;
  return `${ICONS[verdict.outcome]} ${verdict.operation} ${WORDS[verdict.outcome]}`;
}
function renderVerdict(report) {
  const { verdict } = report;
  const id = `[${codeSpan(verdict.deployId)}](${verdict.deployUrl})`;
  return [
    `## ${headline(report)} \xB7 ${escapeInline(verdict.orgLabel)} \xB7 ${id}`,
    "",
    ...table(
      ["Status", "Mode", "Components", "Tests", "Coverage", "Duration"],
      [countsRow(report)]
    ),
    "",
    factsLine(report),
    ""
  ];
}
function countsRow(report) {
  const { verdict, components: components2, tests, coverage } = report;
  const errors = plural(components2.errors.length, "error");
  const deletions = components2.deletions > 0 ? `, ${plural(components2.deletions, "deletion")}` : "";
  const componentCell = committed(verdict) ? `${components2.deployed}/${components2.total} ${verdict.checkOnly ? "validated" : "deployed"}${deletions}, ${errors}` : verdict.outcome === "running" ? `${components2.deployed}/${components2.total} so far, ${errors}` : `${verdict.checkOnly ? "Not validated" : "Rolled back \u2014 nothing was deployed"}, ${errors}`;
  const testCell = tests.ran ? `${tests.passed} passed, ${tests.failed} failed` : "none ran";
  const flag = coverage.aggregate && coverage.threshold && coverage.aggregate.percent < coverage.threshold.threshold ? " \u26A0" : "";
  const coverageCell = coverage.aggregate ? `${formatPercent(coverage.aggregate.percent)}${flag}` : "n/a";
  return [
    codeSpan(verdict.status),
    escapeTableCell(verdict.operation),
    componentCell,
    testCell,
    coverageCell,
    durationCell(report)
  ];
}
function durationCell(report) {
  const { queuedMs, runMs } = report.verdict;
  if (runMs === void 0 && queuedMs === void 0) return "n/a";
  const parts = [
    runMs !== void 0 ? `running ${formatDuration(runMs)}` : "",
    queuedMs !== void 0 ? `queued ${formatDuration(queuedMs)}` : ""
  ].filter(Boolean);
  return parts.join(", ");
}
function factsLine(report) {
  const { verdict, tests } = report;
  const facts2 = [`API v${escapeInline(verdict.apiVersion)}`];
  if (report.testLevel) facts2.push(`test level ${codeSpan(report.testLevel)}`);
  if (tests.ran) facts2.push(`test time ${formatDuration(tests.totalTimeMs)}`);
  if (verdict.completedDate) facts2.push(`completed ${formatUtc(verdict.completedDate)}`);
  if (verdict.validationId) facts2.push(`from validation ${codeSpan(verdict.validationId)}`);
  return facts2.join(" \xB7 ");
}
function renderExplanation(report, extraNotes) {
  const lines = [];
  if (report.deployError) {
    const code = report.deployError.statusCode ? `${codeSpan(report.deployError.statusCode)}: ` : "";
    lines.push(`**Deploy error:** ${code}${escapeInline(report.deployError.message)}`, "");
  }
  if (report.reasons.length > 0) {
    lines.push("**Why:**", ...report.reasons.map((r) => `- ${escapeInline(r)}`), "");
  }
  if (report.coverage.warnings.length > 0) {
    lines.push(
      ...report.coverage.warnings.map(
        (w) => `> ${w.name ? `${codeSpan(w.name)}: ` : ""}${escapeInline(w.message)}`
      ),
      ""
    );
  }
  lines.push(...quickDeployHandle(report));
  const notes = [...report.notes, ...extraNotes];
  if (notes.length > 0) lines.push(...notes.map((n) => `> [!NOTE]
> ${escapeInline(n)}
`));
  return lines;
}
function quickDeployHandle(report) {
  const { verdict } = report;
  if (!verdict.validationExpiresAt) return [];
  return [
    `**Quick deploy:** validation ${codeSpan(verdict.deployId)} can be quick-deployed until ${formatUtc(verdict.validationExpiresAt)}; pass this id as the validation id of a quick deploy.`,
    ""
  ];
}

// src/report/summary.ts
var FULL = { successList: true, passingTests: true };
var SHRINK_STAGES = [
  { options: FULL, omitted: [] },
  {
    options: { ...FULL, successList: false },
    omitted: ["the list of successful components (counts kept)"]
  },
  {
    options: { successList: false, passingTests: false },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)"
    ]
  },
  {
    options: { successList: false, passingTests: false, coverageLowest: 20 },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest"
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2e3
    },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest",
      "stack trace lines beyond 15 and message text beyond 2,000 characters"
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2e3,
      failureCap: 100
    },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest",
      "stack trace lines beyond 15 and message text beyond 2,000 characters",
      "failures beyond 100 per category"
    ]
  }
];
function renderSummary(report, budgetBytes = JOB_SUMMARY_BUDGET_BYTES) {
  return renderWithinBudget(report, { budget: budgetBytes });
}
function renderFullSummary(report) {
  return renderStage(report, FULL, []);
}
function renderWithinBudget(report, options) {
  const budget = options.budget ?? JOB_SUMMARY_BUDGET_BYTES;
  const measure = options.measure ?? byteLength;
  let last = "";
  let previousSections;
  const omitted = [];
  for (const stage of SHRINK_STAGES) {
    const body2 = sections(report, stage.options);
    const text2 = body2.join("\n");
    if (previousSections !== void 0 && text2 !== previousSections) omitted.push(newCut(stage));
    previousSections = text2;
    last = withHead(report, body2, omitted);
    if (measure(last) <= budget) return last;
  }
  const notice = options.truncationNotice ?? "**Report truncated to fit GitHub's 1 MiB step summary limit.** The full report is in the summary file and the artifact.";
  return hardCut(last, budget, notice, measure);
}
function newCut(stage) {
  return stage.omitted[stage.omitted.length - 1] ?? "";
}
function renderStage(report, options, omitted) {
  return withHead(report, sections(report, options), omitted);
}
function withHead(report, body2, omitted) {
  const shrinkNote = omitted.length > 0 ? [
    `Shortened to fit the size limit; left out: ${omitted.join("; ")}. The full report is in the summary file and the artifact.`
  ] : [];
  return [...renderVerdict(report), ...renderExplanation(report, shrinkNote), ...body2].join("\n");
}
function sections(report, options) {
  return [
    ...report.extraSections ?? [],
    ...renderComponentIssues(report, options),
    ...renderTests2(report, options),
    ...renderCoverage(report, options),
    ...renderComponentSuccesses(report, options)
  ];
}

// src/github/report-files.ts
var REPORT_FILE_NAMES = {
  summary: "summary.md",
  result: "deploy-result.json",
  junit: "junit.xml",
  cobertura: "coverage/cobertura.xml",
  lcov: "coverage/lcov.info",
  json: "coverage/coverage-summary.json"
};
var nodeFileSystem = {
  mkdir: async (dir) => {
    await mkdir2(dir, { recursive: true });
  },
  writeFile: (file, content) => writeFile3(file, redact(content), "utf8")
};
function resolveResultsDir(workspace, resultsDir) {
  const root = path7.resolve(workspace);
  const dir = path7.resolve(root, resultsDir);
  const relative = path7.relative(root, dir);
  if (relative.startsWith("..") || path7.isAbsolute(relative)) {
    throw new Error(
      `results-dir: "${resultsDir}" resolves to ${dir}, outside the workspace ${root}. Use a folder inside the workspace, e.g. sf-deploy-results.`
    );
  }
  return dir;
}
async function writeReportFiles(report, settings, fs = nodeFileSystem) {
  const dir = resolveResultsDir(settings.workspace, settings.resultsDir);
  const renderers = {
    summary: renderFullSummary,
    result: toResultJson,
    junit: toJUnitXml,
    cobertura: toCoberturaXml,
    lcov: toLcov,
    json: toJsonSummary
  };
  const keys = ["summary", "result", ...new Set(settings.formats)];
  const written = {};
  for (const key3 of keys) {
    const file = path7.join(dir, REPORT_FILE_NAMES[key3]);
    await fs.mkdir(path7.dirname(file));
    await fs.writeFile(file, renderers[key3](report));
    written[key3] = file;
  }
  return written;
}

// src/receipt/write-receipt.ts
async function writeReceipt(outcome, paths, deps) {
  try {
    return await writeAndUpload(outcome, paths, deps);
  } catch (error) {
    deps.logger.warning(`The deploy receipt could not be written (${describeError(error)}).`);
    return void 0;
  }
}
async function writeAndUpload(outcome, paths, deps) {
  const input = receiptInputOf(outcome, deps.env, deps.clock);
  if (!input) return void 0;
  const dir = resolveResultsDir(paths.workspace, paths.resultsDir);
  const file = path8.join(dir, RECEIPT_FILE);
  await mkdir3(dir, { recursive: true });
  const text2 = serializeReceipt(buildReceipt(input));
  await writeFile4(file, text2, "utf8");
  const name = receiptArtifactName(input.orgId);
  const attestation = paths.attest ? await attestReceipt(text2, deps) : void 0;
  const written = { path: file, ...attestation ? { attestation } : {} };
  try {
    const uploaded = await deps.artifactUploader().upload(name, [file], dir);
    deps.logger.info(
      `Deploy receipt written to ${file} and stored as artifact ${name}${uploaded.id !== void 0 ? ` (id ${uploaded.id})` : ""}.`
    );
    return { ...written, artifactName: name };
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt was written to ${file} but could not be uploaded as artifact ${name} (${describeError(error)}).`
    );
    return written;
  }
}
async function attestReceipt(text2, deps) {
  if (!deps.attester) {
    deps.logger.warning("attest: true, but no attester was given; the receipt is not attested.");
    return void 0;
  }
  const sha2562 = createHash3("sha256").update(text2, "utf8").digest("hex");
  try {
    const attested = await deps.attester().attest({ name: RECEIPT_FILE, sha256: sha2562 });
    deps.logger.info(
      `Deploy receipt attested as build provenance (sha256 ${sha2562}${attested.url ? `, ${attested.url}` : ""}).`
    );
    return attested;
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt could not be attested (${describeError(error)}). Attestation needs permissions: id-token: write and attestations: write.`
    );
    return void 0;
  }
}
function receiptInputOf(outcome, env, clock) {
  const result2 = outcome.result;
  if (outcome.mode !== "deploy" && outcome.mode !== "quick-deploy") return void 0;
  if (!result2 || !result2.done || result2.checkOnly || !isCleanSuccess(result2)) return void 0;
  if (!outcome.orgId) return void 0;
  const context = readRunContext(env, readEventPayload(env));
  const testLevel = outcome.testLevel ?? outcome.package?.tests?.testLevel;
  return {
    mode: outcome.mode,
    result: result2,
    orgId: outcome.orgId,
    ...outcome.instanceUrl ? { instanceUrl: outcome.instanceUrl } : {},
    ...outcome.apiVersion ? { apiVersion: outcome.apiVersion } : {},
    ...testLevel ? { testLevel } : {},
    ...outcome.validationId ? { validationId: outcome.validationId } : {},
    ...outcome.package?.contentHash ? { contentHash: outcome.package.contentHash } : {},
    ...outcome.package ? { packageFiles: unzipEntries(outcome.package.zip, "deploy package") } : {},
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || "",
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}
    },
    now: new Date(clock.now()).toISOString()
  };
}

// src/retrieve/backup-step.ts
import path10 from "node:path";

// src/retrieve/change-summary.ts
var CHANGE_SUMMARY_BUDGET_BYTES = 3e4;
var STAGES = [
  { diffLines: 60, listCap: 500 },
  { diffLines: 20, listCap: 500, omitted: "diff lines beyond 20 per file" },
  {
    diffLines: 6,
    listCap: 200,
    omitted: "diff lines beyond 6 per file; names beyond 200 per list"
  },
  { diffLines: 0, listCap: 100, omitted: "all diffs; names beyond 100 per list" },
  { diffLines: 0, listCap: 20, omitted: "all diffs; names beyond 20 per list" }
];
function renderChangeSummary(input, budgetBytes = CHANGE_SUMMARY_BUDGET_BYTES) {
  let text2 = "";
  for (const stage of STAGES) {
    text2 = renderStage2(input, stage);
    if (byteLength(text2) <= budgetBytes) return text2;
  }
  return text2;
}
function renderStage2(input, stage) {
  const h = input.heading ?? "###";
  const by = (state) => input.changes.filter((c) => c.state === state);
  const lines = [
    `${h} What this deploy changes`,
    "",
    ...table(
      ["New", "Changed", "Unchanged", "Deleted"],
      [
        [by("new").length, by("changed").length, by("unchanged").length, by("deleted").length].map(
          String
        )
      ]
    ),
    "",
    ...input.changes.length === 0 ? ["The package holds no components.", ""] : [],
    ...nameList("New in the org", by("new"), stage.listCap),
    ...changedList(by("changed"), stage),
    ...nameList("Deleted by the destructive manifest", by("deleted"), stage.listCap),
    ...collapsedList("Unchanged", by("unchanged"), stage.listCap),
    ...(input.notes ?? []).map((n) => `> ${escapeInline(n)}`),
    ...(input.notes ?? []).length > 0 ? [""] : [],
    ...stage.omitted ? [
      `_Shortened to fit the summary; left out: ${stage.omitted}. The rollback artifact holds the org's full versions._`,
      ""
    ] : [],
    ...input.rollback ? rollbackSection(input.rollback, h) : []
  ];
  return `${lines.join("\n")}
`;
}
function label(c) {
  return `${escapeInline(c.type)} ${codeSpan(c.fullName)}`;
}
function nameList(title, items, cap) {
  if (items.length === 0) return [];
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`);
  const more2 = items.length > cap ? [`- \u2026 and ${items.length - cap} more`] : [];
  return [`**${title}** (${items.length})`, "", ...shown, ...more2, ""];
}
function collapsedList(title, items, cap) {
  if (items.length === 0) return [];
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`);
  const more2 = items.length > cap ? [`- \u2026 and ${items.length - cap} more`] : [];
  return details(`${title} (${items.length})`, [...shown, ...more2]);
}
function changedList(items, stage) {
  if (items.length === 0) return [];
  const head = [`**Changed** (${items.length})`, ""];
  if (stage.diffLines === 0) return nameList("Changed", items, stage.listCap);
  const shown = items.slice(0, stage.listCap).flatMap(
    (c) => details(
      `${escapeHtml(c.type)} <code>${escapeHtml(c.fullName)}</code>`,
      c.diffs.flatMap((d) => fileDiff2(d, stage.diffLines))
    )
  );
  const more2 = items.length > stage.listCap ? [`- \u2026 and ${items.length - stage.listCap} more`, ""] : [];
  return [...head, ...shown, ...more2];
}
function fileDiff2(diff, maxLines) {
  const title = `${codeSpan(diff.path)}`;
  if (diff.binary)
    return [
      `${title}: binary content differs (${size(diff.binary.before)} in the org, ${size(diff.binary.after)} in the package)`,
      ""
    ];
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, ""];
  const body2 = diff.lines.slice(0, maxLines);
  const cut = diff.lines.length > maxLines ? [`\u2026 ${diff.lines.length - maxLines} more diff lines`] : [];
  return [title, "", diffBlock([...body2, ...cut]), ""];
}
function size(bytes) {
  return bytes === void 0 ? "absent" : `${bytes.toLocaleString("en-US")} bytes`;
}
function diffBlock(lines) {
  const text2 = lines.join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}diff
${text2}
${fence}`;
}
function rollbackSection(rollback, h) {
  const where = rollback.artifactName ? `artifact ${codeSpan(rollback.artifactName)} (also written to ${codeSpan(rollback.dir)})` : `${codeSpan(rollback.dir)} (not uploaded: ${escapeInline(rollback.artifactProblem ?? "upload-artifact is false")})`;
  const counts = `It restores ${rollback.restores} component${rollback.restores === 1 ? "" : "s"} to the org's version before this deploy` + (rollback.removes > 0 ? ` and deletes the ${rollback.removes} new one${rollback.removes === 1 ? "" : "s"} (destructiveChangesPost.xml).` : ".");
  return [
    `${h}# Rollback`,
    "",
    `The org's versions from before this deploy are in ${where}. ${counts}`,
    "",
    ...details("Workflow steps to roll back", ["```yaml", ...rollbackSnippet(rollback), "```"])
  ];
}
function rollbackSnippet(rollback) {
  const download = rollback.artifactName ? [
    "- uses: actions/download-artifact@v4",
    "  with:",
    `    name: ${rollback.artifactName}`,
    "    path: rollback",
    "    # from another run: add run-id and github-token"
  ] : [];
  return [
    ...download,
    `- uses: ${rollback.actionRef}`,
    "  with:",
    "    mode: deploy",
    `    metadata-dir: ${rollback.artifactName ? "rollback" : rollback.dir}`,
    "    auth-url: ${{ secrets.SFDX_AUTH_URL }}",
    "    test-level: RunLocalTests",
    "    backup: false"
  ];
}

// src/retrieve/rollback-package.ts
var DESTRUCTIVE_FILE2 = "destructiveChangesPost.xml";
function buildRollbackPackage(input) {
  const restores = uniqueRefs(input.members.filter((m) => input.existing.has(refKey(m))));
  const removes = removals(input.changes);
  const files = restoredFiles(restores, input.orgFiles);
  files.set("package.xml", encodeUtf8(buildPackageXml(restores, input.apiVersion)));
  if (removes.length > 0)
    files.set(DESTRUCTIVE_FILE2, encodeUtf8(buildPackageXml(removes, input.apiVersion)));
  return {
    files: new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
    restores,
    removes
  };
}
function removals(changes2) {
  const newKeys = new Set(changes2.filter((c) => c.state === "new").map(refKey));
  return changes2.filter((c) => c.state === "new" && !(c.parent && newKeys.has(refKey(c.parent)))).map((c) => ({ type: c.type, fullName: c.fullName }));
}
function restoredFiles(restores, orgFiles) {
  const wanted = new Set(restores.map(refKey));
  const groups = groupByComponent(orgFiles.keys(), wanted).components;
  const files = /* @__PURE__ */ new Map();
  const childrenByParent = /* @__PURE__ */ new Map();
  for (const ref of restores) {
    const parentType = parentTypeOf(ref.type);
    if (!parentType) continue;
    const parent = childParentName(ref);
    const key3 = refKey({ type: parentType, fullName: parent });
    childrenByParent.set(key3, /* @__PURE__ */ new Set([...childrenByParent.get(key3) ?? [], refKey(ref)]));
  }
  for (const [key3, group] of groups) {
    const whole = wanted.has(key3);
    const children = childrenByParent.get(key3);
    if (!whole && !children) continue;
    for (const path21 of group.files) {
      const bytes = orgFiles.get(path21);
      files.set(
        path21,
        !whole && path21 === group.mainFile && children ? keepChildren(group, bytes, children) : bytes
      );
    }
  }
  return files;
}
function childParentName(ref) {
  const parentType = parentTypeOf(ref.type);
  const child = childTypesOf(parentType ?? "").find((c) => c.type === ref.type);
  if (child && !child.prefixed) return parentType === "CustomLabels" ? "CustomLabels" : ref.fullName;
  const dot = ref.fullName.indexOf(".");
  return dot === -1 ? ref.fullName : ref.fullName.slice(0, dot);
}
function keepChildren(parent, bytes, keep) {
  const root = tryParseXml(decodeUtf8(bytes));
  if (!root) return bytes;
  const childTypes = childTypesOf(parent.type);
  const byTag = new Map(childTypes.map((c) => [c.tag, c]));
  const children = root.children.filter((node) => {
    if (node.kind !== "element") return true;
    const child = byTag.get(node.name);
    if (!child) return true;
    const name = entryKey(node, [child.key]);
    return keep.has(
      refKey({ type: child.type, fullName: child.prefixed ? `${parent.fullName}.${name}` : name })
    );
  });
  return encodeUtf8(writeXml({ ...root, children }).text);
}
function uniqueRefs(refs) {
  const seen = /* @__PURE__ */ new Map();
  for (const ref of refs) seen.set(refKey(ref), { type: ref.type, fullName: ref.fullName });
  return [...seen.values()];
}

// src/retrieve/backup.ts
async function decideBackup(choice, isProduction2) {
  if (choice === "on") return { on: true, reason: "backup: true" };
  if (choice === "off") return { on: false, reason: "backup: false" };
  const production = await isProduction2();
  return production ? { on: true, reason: "backup: auto, and the org is a production org" } : { on: false, reason: "backup: auto, and the org is not a production org" };
}
async function backupBeforeDeploy(files, options, ports) {
  const decision = await decideBackup(options.choice, () => ports.isProduction());
  ports.logger.info(`Backup ${decision.on ? "on" : "off"} (${decision.reason}).`);
  if (!decision.on) return void 0;
  const packageFiles = typeof files === "function" ? files() : files;
  const manifest = packageMembers(packageFiles);
  const requested = [...manifest.members, ...manifest.deletions];
  const retrieved = await retrieveComponents(requested, ports, {
    apiVersion: options.apiVersion,
    wait: options.wait,
    estimate: estimateFromPackage(packageFiles, requested)
  });
  const changes2 = compareWithOrg({
    packageFiles,
    orgFiles: retrieved.files,
    members: retrieved.members,
    deletions: manifest.deletions,
    existing: retrieved.existing
  });
  const rollback = buildRollbackPackage({
    members: retrieved.members,
    changes: changes2,
    orgFiles: retrieved.files,
    existing: retrieved.existing,
    apiVersion: manifest.version ?? options.apiVersion
  });
  const dir = await ports.store.write(rollback.files);
  const artifact = await ports.store.upload();
  const counts = countChanges(changes2);
  ports.logger.info(
    `Backup: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.deleted} deleted; rollback package in ${dir}${"name" in artifact ? ` (artifact ${artifact.name})` : ""}.`
  );
  const notes = [
    ...retrieved.notes,
    ...retrieved.messages.map((m) => `${m.fileName}: ${m.problem}`)
  ];
  const orphanDeletions = manifest.deletions.filter((d) => !retrieved.existing.has(refKey(d)));
  if (orphanDeletions.length > 0)
    notes.push(
      `${orphanDeletions.length} component(s) in the destructive manifest are not in the org; nothing to restore for them.`
    );
  return { changes: changes2, rollback, dir, artifact, notes, retrieveIds: retrieved.retrieveIds };
}

// src/retrieve/fs-package-folder.ts
import { mkdir as mkdir4, rm, writeFile as writeFile5 } from "node:fs/promises";
import path9 from "node:path";
async function writePackageFolder(dir, files) {
  await rm(dir, { recursive: true, force: true });
  const written = [];
  for (const [name, bytes] of files) {
    const target = path9.join(dir, ...name.split("/"));
    if (!target.startsWith(dir + path9.sep))
      throw new Error(`refusing to write ${name} outside ${dir}`);
    await mkdir4(path9.dirname(target), { recursive: true });
    await writeFile5(target, bytes);
    written.push(target);
  }
  return written;
}
function createFolderStore(options) {
  let written = [];
  return {
    async write(files) {
      written = await writePackageFolder(options.dir, files);
      return path9.relative(options.workspace, options.dir).split(path9.sep).join("/") || ".";
    },
    async upload() {
      if (!options.artifactName) return { problem: "upload-artifact is false" };
      try {
        await options.uploader().upload(options.artifactName, written, options.dir);
        return { name: options.artifactName };
      } catch (error) {
        return {
          problem: `the upload failed: ${error instanceof Error ? error.message : String(error)}`
        };
      }
    }
  };
}

// src/retrieve/backup-step.ts
async function runBackupStep(settings, deps, pkg, session) {
  if (settings.retrieve.backup === "off") return void 0;
  const caller = session.caller;
  if (!caller)
    throw new ActionError(
      "backup needs a signed-in session with its caller; this is a bug in the action."
    );
  const dir = path10.join(settings.report.resultsDir, "rollback");
  const artifactName = settings.report.uploadArtifact ? `${settings.report.artifactName}-rollback` : void 0;
  const result2 = await backupBeforeDeploy(
    // Unzipped only when backup is on: with backup: auto, a sandbox never pays for it.
    () => unzipEntries(pkg.zip, "deploy package"),
    {
      choice: settings.retrieve.backup,
      apiVersion: session.apiVersion,
      wait: waitOptionsFrom(settings, deps.random)
    },
    {
      api: createSoapRetrieveApi(caller, session.apiVersion),
      clock: deps.clock,
      logger: deps.logger,
      isProduction: () => queryIsProduction(caller, session.apiVersion),
      store: createFolderStore({
        dir,
        workspace: settings.workspace,
        ...artifactName ? { artifactName } : {},
        uploader: deps.artifactUploader
      })
    }
  );
  if (!result2) return void 0;
  setBackupOutputs(result2, deps.parts);
  return {
    sections: [
      renderChangeSummary({
        changes: result2.changes,
        rollback: rollbackInfo(result2, deps.env),
        notes: result2.notes
      })
    ],
    notes: []
  };
}
function rollbackInfo(result2, env) {
  return {
    ..."name" in result2.artifact ? { artifactName: result2.artifact.name } : { artifactProblem: result2.artifact.problem },
    dir: result2.dir,
    actionRef: actionRef(env),
    removes: result2.rollback.removes.length,
    restores: result2.rollback.restores.length
  };
}
function actionRef(env) {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  return repo && ref ? `${repo}@${ref}` : "your-org/salesforce-deploy-action@v1";
}
function setBackupOutputs(result2, parts) {
  const counts = countChanges(result2.changes);
  parts.merge({
    "rollback-dir": result2.dir,
    ..."name" in result2.artifact ? { "rollback-artifact": result2.artifact.name } : {},
    "changes-new": String(counts.new),
    "changes-changed": String(counts.changed),
    "changes-unchanged": String(counts.unchanged),
    "changes-deleted": String(counts.deleted)
  });
}

// src/runner/outcome-report.ts
async function outcomeReport(settings, outcome, env) {
  const result2 = outcome.result ?? outcome.timedOut?.last;
  const mode = reportModeOf(settings.mode);
  if (!result2 || !mode) return void 0;
  const context = readRunContext(env, readEventPayload(env));
  const lookups = await lookupsFor(settings, outcome, env);
  const report = reportOf(settings, mode, outcome, result2, lookups, context?.blobBaseUrl);
  return {
    report,
    publish: {
      resultsDir: settings.report.resultsDir,
      coverageFormats: settings.report.coverageFormats,
      uploadArtifact: settings.report.uploadArtifact,
      artifactName: settings.report.artifactName,
      checkRun: settings.report.checkRun,
      prComment: settings.report.prComment,
      ...settings.report.githubToken ? { githubToken: settings.report.githubToken } : {},
      workspace: settings.workspace,
      ...context ? { github: context } : {}
    },
    // The zero-test guard's failures (src/test-run/) fail the run like a threshold miss.
    failures: [...thresholdFailures(report), ...outcome.testCheck?.failures ?? []],
    outputs: outcome.testCheck?.outputs ?? {}
  };
}
async function lookupsFor(settings, outcome, env) {
  const pkg = outcome.package;
  if (pkg && !settings.delta) return pkg;
  const workspace = await workspaceSourceLookups(settings.workspace, env);
  if (!pkg || !workspace) return pkg ?? workspace;
  return {
    resolveSource: (q) => pkg.resolveSource?.(q) ?? workspace.resolveSource?.(q),
    resolveApexSource: (type, name) => pkg.resolveApexSource?.(type, name) ?? workspace.resolveApexSource?.(type, name)
  };
}
var REPORT_MODES = [
  "deploy",
  "validate",
  "quick-deploy",
  "report",
  "cancel"
];
function reportModeOf(mode) {
  return REPORT_MODES.find((m) => m === mode);
}
function reportOf(settings, mode, outcome, result2, lookups, blobBaseUrl) {
  return buildReport({
    result: result2,
    mode,
    orgLabel: outcome.instanceUrl ? new URL(outcome.instanceUrl).host : "",
    instanceUrl: outcome.instanceUrl ?? "",
    apiVersion: outcome.apiVersion ?? "",
    ...settings.report.coverageThreshold === void 0 ? {} : { coverageThreshold: settings.report.coverageThreshold },
    ...outcome.validationId ? { validationId: outcome.validationId } : {},
    notes: outcome.notes,
    ...outcome.extraSections ? { extraSections: outcome.extraSections } : {},
    ...outcome.testCheck?.failures.length ? { extraFailures: outcome.testCheck.failures } : {},
    ...blobBaseUrl ? { blobBaseUrl } : {},
    ...testLevelOf(settings, outcome),
    ...lookups?.resolveSource ? { resolveSource: lookups.resolveSource } : {},
    ...lookups?.resolveApexSource ? { resolveApexSource: lookups.resolveApexSource } : {}
  });
}
function testLevelOf(settings, outcome) {
  const level = outcome.testLevel ?? settings.deployOptions?.testLevel;
  return level ? { testLevel: level } : {};
}
function thresholdFailures(report) {
  const threshold = report.coverage.threshold;
  if (!threshold?.evaluated || threshold.passed) return [];
  return report.reasons.filter((r) => r.startsWith(THRESHOLD_REASON));
}

// src/runner/run-result.ts
var ResultParts = class {
  outputs = {};
  summary = [];
  annotations = [];
  output(name, value) {
    this.outputs[name] = value;
  }
  merge(values) {
    Object.assign(this.outputs, values);
  }
  section(markdown) {
    this.summary.push(markdown);
  }
  annotate(annotation) {
    this.annotations.push(annotation);
  }
};
var PARTS = /* @__PURE__ */ Symbol("result parts");
function withParts(error, parts) {
  if (error !== null && typeof error === "object") Object.assign(error, { [PARTS]: parts });
  return error;
}
function partsOf(error) {
  const parts = error?.[PARTS];
  return parts instanceof ResultParts ? parts : new ResultParts();
}

// src/deploy/limits.ts
var MAX_FILES = 1e4;
var MAX_SOAP_ZIP_BYTES = 39e6;
var MAX_UNZIPPED_BYTES = 629145600;
var DEPLOY_LIMITS = {
  maxFiles: MAX_FILES,
  maxSoapZipBytes: MAX_SOAP_ZIP_BYTES,
  maxUnzippedBytes: MAX_UNZIPPED_BYTES
};
function checkPackageLimits(pkg, transport, limits = DEPLOY_LIMITS) {
  const problems = [];
  const notes = [];
  if (pkg.fileCount > limits.maxFiles) {
    problems.push(
      `The package has ${pkg.fileCount} files; the Metadata API accepts at most ${limits.maxFiles} per deploy. Split it (source-dir or manifest) or deploy a delta.`
    );
  }
  if (pkg.unzippedBytes > limits.maxUnzippedBytes) {
    problems.push(
      `The package is ${mb(pkg.unzippedBytes)} uncompressed; the Metadata API accepts at most ${mb(limits.maxUnzippedBytes)}. Split it.`
    );
  }
  let chosen = transport;
  if (transport === "soap" && pkg.zip.byteLength > limits.maxSoapZipBytes) {
    chosen = "rest";
    notes.push(
      `The zip is ${mb(pkg.zip.byteLength)}, over SOAP's ${mb(limits.maxSoapZipBytes)} limit; deploying through REST instead.`
    );
  }
  return { transport: chosen, problems, notes };
}
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

// src/test-run/check-tests.ts
import { readFileSync as readFileSync4 } from "node:fs";
import path14 from "node:path";

// src/test-run/flaky-report.ts
import { mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import path11 from "node:path";
var FLAKE_HISTORY_FILE = "flaky-tests.json";
function labelText(label2) {
  if (label2.verdict === "flaky")
    return `flaky: passed on retry ${label2.attempts}${label2.via === "resubmission" ? " (resubmitted)" : ""}`;
  if (label2.verdict === "real")
    return `real: failed ${label2.attempts} re-run${label2.attempts === 1 ? "" : "s"}`;
  return "not re-run (its class is in the package; retry-validation re-runs it)";
}
function retrySection(report) {
  const rows = report.labels.map(
    (l) => `| ${escapeTableCell(l.test)} | ${escapeTableCell(labelText(l))} | ${escapeTableCell(l.message.split("\n")[0] ?? "")} |`
  );
  const resubmitted = report.resubmissions.length > 0 ? [`Resubmitted: ${report.resubmissions.join(", ")}.`, ""] : [];
  return [
    "### Flaky-test retries",
    "",
    "| Test | Verdict | First failure |",
    "| --- | --- | --- |",
    ...rows,
    "",
    ...resubmitted,
    `Retries cost ${report.apiCalls} extra API call${report.apiCalls === 1 ? "" : "s"}.`,
    ""
  ].join("\n");
}
function appendFlakeHistory(resultsDir, entry) {
  const file = path11.join(resultsDir, FLAKE_HISTORY_FILE);
  let history = { runs: [] };
  try {
    const parsed = JSON.parse(readFileSync2(file, "utf8"));
    if (Array.isArray(parsed.runs)) history = { runs: parsed.runs };
  } catch {
  }
  history.runs.push({
    at: entry.at.toISOString(),
    ...entry.deployId ? { deployId: entry.deployId } : {},
    // Org texts can echo anything the tests saw: the file goes into an artifact, so it is redacted.
    tests: entry.labels.map((l) => ({ ...l, message: redact(l.message) }))
  });
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(history, null, 2)}
`);
  return file;
}

// src/test-run/patch-coverage.ts
function parseChangedLines(diff) {
  const out = /* @__PURE__ */ new Map();
  let file;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4).trim();
      file = target === "/dev/null" ? void 0 : target.replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !file) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
    const lines = out.get(file) ?? [];
    for (let n = start; n < start + count; n++) lines.push(n);
    out.set(file, lines);
  }
  return out;
}
function patchCoverage(changed, coverage, pathOf2) {
  const files = [];
  for (const entry of coverage) {
    const file = pathOf2(entry.type, entry.name);
    const lines = file ? changed.get(file) : void 0;
    if (!file || !lines || entry.numLocations === 0) continue;
    const notCovered = new Set(entry.linesNotCovered);
    const covered2 = entry.linesCovered ? new Set(entry.linesCovered) : void 0;
    const patch = {
      path: file,
      name: entry.name,
      covered: covered2 ? lines.filter((l) => covered2.has(l)) : [],
      uncovered: lines.filter((l) => notCovered.has(l)),
      known: covered2 !== void 0
    };
    if (patch.covered.length + patch.uncovered.length > 0 || !patch.known) files.push(patch);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const known = files.length > 0 && files.every((f) => f.known);
  const covered = files.reduce((n, f) => n + f.covered.length, 0);
  const total = covered + files.reduce((n, f) => n + f.uncovered.length, 0);
  return { files, ...known && total > 0 ? { percent: covered / total * 100 } : {} };
}
var pct = (n) => `${Math.floor(n * 100) / 100}%`;
function filePercent(f) {
  if (!f.known) return "n/a";
  const total = f.covered.length + f.uncovered.length;
  return total === 0 ? "n/a" : pct(f.covered.length / total * 100);
}
function lineRanges2(lines) {
  const ranges = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function patchSection(patch, threshold) {
  const overall = patch.percent === void 0 ? "Patch coverage: n/a (the org reports covered lines from API 68.0 only; uncovered changed lines are listed)." : `Patch coverage: **${pct(patch.percent)}**${threshold === void 0 ? "" : ` (threshold ${threshold}%)`}.`;
  const rows = patch.files.map((f) => {
    const ranges = lineRanges2(f.uncovered).map(([a, b]) => a === b ? `${a}` : `${a}-${b}`).join(", ");
    return `| ${codeSpanInCell(f.path)} | ${filePercent(f)} | ${f.known ? f.covered.length : "n/a"} | ${f.uncovered.length} | ${escapeTableCell(ranges)} |`;
  });
  return [
    "### Patch coverage",
    "",
    overall,
    "",
    ...rows.length > 0 ? [
      "| File | Patch | Covered | Not covered | Uncovered changed lines |",
      "| --- | --- | --- | --- | --- |",
      ...rows,
      ""
    ] : ["No changed executable Apex line.", ""]
  ].join("\n");
}
function patchFailures(patch, threshold) {
  if (threshold === void 0) return [];
  if (patch.files.length === 0) return [];
  if (patch.percent === void 0)
    return [
      `patch-coverage-threshold: ${threshold}% cannot be checked: the org reports covered lines (locationsCovered) from API 68.0 only; set api-version: 68.0 or remove the threshold.`
    ];
  if (patch.percent >= threshold) return [];
  return [`Patch coverage ${pct(patch.percent)} is below patch-coverage-threshold ${threshold}%.`];
}

// src/test-run/flow-coverage.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path12 from "node:path";
var FLOW_COVERAGE_FILE = "flow-coverage.xml";
function flowPercent(f) {
  return f.numElements === 0 ? 100 : (f.numElements - f.numElementsNotCovered) / f.numElements * 100;
}
var pct2 = (n) => `${Math.floor(n * 100) / 100}%`;
function flowSection(flows, warnings, pathOf2, threshold) {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0);
  const total = flows.reduce((n, f) => n + f.numElements, 0);
  const rows = flows.map((f) => {
    const file = pathOf2(f.flowName);
    return `| ${escapeTableCell(f.flowName)} | ${file ? codeSpanInCell(file) : ""} | ${escapeTableCell(f.processType ?? "")} | ${f.numElements - f.numElementsNotCovered}/${f.numElements} | ${pct2(flowPercent(f))} | ${escapeTableCell(f.elementsNotCovered.join(", "))} |`;
  });
  return [
    `### Flow coverage (${flows.length} flow${flows.length === 1 ? "" : "s"})`,
    "",
    `Elements covered: **${total === 0 ? "n/a" : pct2(covered / total * 100)}** (${covered}/${total})${threshold === void 0 ? "" : ` \xB7 threshold ${threshold}%`}`,
    "",
    "| Flow | File | Type | Covered | % | Not covered |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...warnings.map(
      (w) => `- \u26A0 ${escapeInline(w.flowName ? `${w.flowName}: ${w.message}` : w.message)}`
    ),
    ...warnings.length > 0 ? [""] : []
  ].join("\n");
}
function flowFailures(flows, threshold) {
  if (threshold === void 0) return [];
  const low = flows.filter((f) => flowPercent(f) < threshold);
  if (low.length === 0) return [];
  return [
    `Flow coverage below flow-coverage-threshold ${threshold}%: ${low.map((f) => `${f.flowName} (${pct2(flowPercent(f))})`).join(", ")}.`
  ];
}
var rate2 = (covered, total) => (total === 0 ? 1 : covered / total).toFixed(4);
function flowCobertura(flows, pathOf2, at) {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0);
  const total = flows.reduce((n, f) => n + f.numElements, 0);
  const classes = flows.map((f) => {
    const own2 = f.numElements - f.numElementsNotCovered;
    const methods = f.elementsNotCovered.map(
      (e) => `            <method name="${escapeXml2(e)}" signature="" line-rate="0" branch-rate="0"><lines/></method>`
    );
    return [
      `        <class name="${escapeXml2(f.flowName)}" filename="${escapeXml2(pathOf2(f.flowName) ?? `flows/${f.flowName}.flow`)}" line-rate="${rate2(own2, f.numElements)}" branch-rate="0" complexity="0" elements-covered="${own2}" elements-valid="${f.numElements}">`,
      methods.length > 0 ? `          <methods>
${methods.join("\n")}
          </methods>` : "          <methods/>",
      "          <lines/>",
      "        </class>"
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate2(covered, total)}" branch-rate="0" lines-covered="${covered}" lines-valid="${total}" branches-covered="0" branches-valid="0" complexity="0" version="flow" timestamp="${Math.floor(at.getTime() / 1e3)}">`,
    "  <sources><source>.</source></sources>",
    "  <packages>",
    `    <package name="flows" line-rate="${rate2(covered, total)}" branch-rate="0" complexity="0">`,
    "      <classes>",
    ...classes,
    "      </classes>",
    "    </package>",
    "  </packages>",
    "</coverage>",
    ""
  ].join("\n");
}
function writeFlowCobertura(resultsDir, xml) {
  mkdirSync2(resultsDir, { recursive: true });
  const file = path12.join(resultsDir, FLOW_COVERAGE_FILE);
  writeFileSync2(file, xml);
  return file;
}

// src/test-run/suites.ts
import { lstatSync, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import path13 from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", ".sfdx", ".sf", "dist", "coverage"]);
var MAX_DEPTH = 8;
var SUITE_FILE = /^(.+)\.testSuite(-meta\.xml)?$/;
function suiteFileClasses(xml) {
  return [...xml.matchAll(/<testClassName>\s*([^<\s]+)\s*<\/testClassName>/g)].map(
    (m) => m[1]
  );
}
function findSuiteFiles(root) {
  const found = /* @__PURE__ */ new Map();
  const walk = (dir, depth) => {
    if (depth > MAX_DEPTH) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(path13.join(dir, entry.name), depth + 1);
      if (!entry.isFile() || path13.basename(dir) !== "testSuites") continue;
      const name = SUITE_FILE.exec(entry.name)?.[1];
      if (name && !found.has(name.toLowerCase()))
        found.set(name.toLowerCase(), path13.join(dir, entry.name));
    }
  };
  if (lstatSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root, 0);
  return found;
}
var RECORD_ID = /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/;
var quoted = (values) => values.map((v) => `'${v}'`).join(", ");
async function orgSuites(rest, names) {
  if (names.length === 0) return [];
  const suites = await rest.queryAll(
    `SELECT Id, TestSuiteName FROM ApexTestSuite WHERE TestSuiteName IN (${quoted(names)})`,
    { tooling: true }
  );
  const ids = suites.map((s) => s.Id).filter((id) => RECORD_ID.test(id));
  const members = ids.length === 0 ? [] : await rest.queryAll(
    `SELECT ApexTestSuiteId, ApexClassId FROM TestSuiteMembership WHERE ApexTestSuiteId IN (${quoted(ids)})`,
    { tooling: true }
  );
  const classIds = [...new Set(members.map((m) => m.ApexClassId))].filter(
    (id) => RECORD_ID.test(id)
  );
  const classes = classIds.length === 0 ? [] : await rest.queryAll(
    `SELECT Id, Name, NamespacePrefix FROM ApexClass WHERE Id IN (${quoted(classIds)})`,
    { tooling: true }
  );
  const nameOf = new Map(
    classes.map((c) => [c.Id, c.NamespacePrefix ? `${c.NamespacePrefix}.${c.Name}` : c.Name])
  );
  return suites.map((suite2) => ({
    name: suite2.TestSuiteName,
    from: "org",
    classes: members.filter((m) => m.ApexTestSuiteId === suite2.Id).map((m) => nameOf.get(m.ApexClassId)).filter((n) => n !== void 0)
  }));
}
async function resolveSuites(names, root, org) {
  const files = findSuiteFiles(root);
  const resolved = [];
  const missing = [];
  for (const name of names) {
    const file = files.get(name.toLowerCase());
    if (!file) {
      missing.push(name);
      continue;
    }
    resolved.push({
      name,
      from: "repository",
      classes: suiteFileClasses(readFileSync3(file, "utf8")),
      path: path13.relative(root, file).split(path13.sep).join("/")
    });
  }
  const rest = missing.length > 0 ? org() : void 0;
  if (missing.length > 0 && !rest)
    throw new ActionError(`run-tests: no test suite named ${missing.join(", ")} in the repository.`);
  const fromOrg = rest ? await orgSuites(rest, missing) : [];
  const unknown = missing.filter(
    (name) => !fromOrg.some((s) => s.name.toLowerCase() === name.toLowerCase())
  );
  if (unknown.length > 0)
    throw new ActionError(
      `run-tests: no test suite named ${unknown.map((n) => `suite:${n}`).join(", ")} in the repository (testSuites/*.testSuite-meta.xml) or the org (ApexTestSuite).`
    );
  const all = [...resolved, ...fromOrg];
  const empty = all.filter((s) => s.classes.length === 0);
  if (empty.length > 0)
    throw new ActionError(
      `run-tests: test suite ${empty.map((s) => `${s.name} (${s.from})`).join(", ")} holds no test class; the deploy would run fewer tests than asked.`
    );
  return all;
}
function classResult(name, tests) {
  const short2 = (name.split(".").pop() ?? name).toLowerCase();
  const own2 = tests.filter((t) => t.className.toLowerCase() === short2);
  if (own2.length === 0) return "not run";
  const failed = own2.filter((t) => t.outcome === "Fail").length;
  return `${own2.length - failed} passed${failed > 0 ? `, ${failed} failed` : ""}`;
}
function suiteSection(suites, tests = []) {
  const rows = suites.map((s) => {
    const from = s.from === "repository" ? `repository ${codeSpanInCell(s.path ?? "")}` : "org (ApexTestSuite)";
    const results = s.classes.map((c) => `${c}: ${classResult(c, tests)}`).join("; ");
    return `| ${escapeTableCell(s.name)} | ${from} | ${escapeTableCell(s.classes.join(", "))} | ${escapeTableCell(results)} |`;
  });
  return [
    "### Test suites",
    "",
    "| Suite | From | Test classes | Results |",
    "| --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

// src/test-run/tooling-runner.ts
var TERMINAL = /* @__PURE__ */ new Set(["Completed", "Failed", "Aborted"]);
var POLL_MS = 2e3;
var JOB_ID = /^707[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/;
function body(tests) {
  const byClass = /* @__PURE__ */ new Map();
  for (const t of tests)
    byClass.set(t.className, [...byClass.get(t.className) ?? [], t.methodName]);
  return {
    tests: [...byClass].map(([className, testMethods]) => ({ className, testMethods }))
  };
}
async function rerunTests(rest, tests, clock, maxWaitMs) {
  const jobId = await rest.post(`${rest.base(true)}/runTestsAsynchronous`, body(tests));
  if (typeof jobId !== "string" || !JOB_ID.test(jobId))
    throw new ActionError(
      `The Tooling test runner answered without a job id (${JSON.stringify(jobId).slice(0, 80)}).`
    );
  const deadline = clock.now() + maxWaitMs;
  for (; ; ) {
    const [run2] = await rest.queryAll(
      `SELECT Status FROM ApexTestRunResult WHERE AsyncApexJobId = '${jobId}'`,
      { tooling: true }
    );
    if (run2 && TERMINAL.has(run2.Status)) break;
    if (clock.now() >= deadline)
      throw new ActionError(`The test re-run ${jobId} did not finish within the wait limit.`);
    await clock.sleep(POLL_MS);
  }
  const rows = await rest.queryAll(
    `SELECT ApexClassId, MethodName, Outcome, Message FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`,
    { tooling: true }
  );
  const classIds = [...new Set(rows.map((r) => r.ApexClassId))].filter(
    (id) => /^[A-Za-z0-9]{15,18}$/.test(id)
  );
  const classes = classIds.length === 0 ? [] : await rest.queryAll(
    `SELECT Id, Name FROM ApexClass WHERE Id IN (${classIds.map((id) => `'${id}'`).join(", ")})`,
    { tooling: true }
  );
  const nameOf = new Map(classes.map((c) => [c.Id, c.Name.toLowerCase()]));
  return tests.map((t) => {
    const short2 = (t.className.split(".").pop() ?? t.className).toLowerCase();
    const row = rows.find(
      (r) => nameOf.get(r.ApexClassId) === short2 && r.MethodName.toLowerCase() === t.methodName.toLowerCase()
    );
    if (!row) return { ...t, outcome: "Missing" };
    return { ...t, outcome: row.Outcome, ...row.Message ? { message: row.Message } : {} };
  });
}

// src/test-run/transient.ts
var TRANSIENT_PATTERNS = [
  /\bUNABLE_TO_LOCK_ROW\b/,
  /Could not run tests on class\b[\s\S]*\bbecause the class is being modified/i
];
function testKey(test) {
  const cls = test.namespace ? `${test.namespace}.${test.className}` : test.className;
  return test.methodName ? `${cls}.${test.methodName}` : cls;
}
function isTransient(test, listed2) {
  const text2 = `${test.message ?? ""}
${test.stackTrace ?? ""}`;
  if (TRANSIENT_PATTERNS.some((pattern) => pattern.test(text2))) return true;
  const key3 = testKey(test).toLowerCase();
  const cls = (test.namespace ? `${test.namespace}.${test.className}` : test.className).toLowerCase();
  return listed2.includes(key3) || listed2.includes(cls) || listed2.includes(test.className.toLowerCase());
}
function transientOnlyFailures(result2, listed2) {
  if (!result2.done || result2.success) return void 0;
  const details3 = result2.details;
  if (!details3 || details3.componentFailures.length > 0 || result2.numberComponentErrors > 0)
    return void 0;
  if (result2.errorMessage && result2.numberTestErrors === 0) return void 0;
  const failures = (details3.runTestResult?.tests ?? []).filter((t) => t.outcome === "Fail");
  if (failures.length === 0) return void 0;
  return failures.every((t) => isTransient(t, listed2)) ? failures : void 0;
}

// src/test-run/zero-tests.ts
var ORG_CLASS_MINIMUM = 75;
function guardApplies(testLevel, autoSelected) {
  return testLevel === "RunRelevantTests" || autoSelected;
}
function zeroTestProblems(input) {
  const { result: result2 } = input;
  if (!result2.done || !guardApplies(input.testLevel, input.autoSelected)) return [];
  const code = input.changedApex.filter(
    (c) => c.type === "ApexTrigger" || !input.isTestClass(c.name)
  );
  if (code.length === 0) return [];
  const how = input.autoSelected ? "run-tests: auto" : `test-level ${input.testLevel ?? ""}`;
  const run2 = result2.details?.runTestResult;
  const ran = run2?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors;
  if (ran === 0) {
    const names = code.map((c) => c.name).join(", ");
    return [
      `The org ran no Apex tests (${how}) although this package changes ${code.length} Apex ${code.length === 1 ? "class or trigger" : "classes and triggers"} (${names}); a deploy that runs no test proves nothing. Add tests that reference them, list test classes with RunSpecifiedTests, or set on-no-tests: rerun-local.`
    ];
  }
  const minimum = input.threshold ?? ORG_CLASS_MINIMUM;
  const coverage = run2?.coverage ?? [];
  const low = [];
  for (const changed of code) {
    const kind = changed.type === "ApexClass" ? "Class" : "Trigger";
    const entry = coverage.find(
      (c) => c.type === kind && c.name.toLowerCase() === changed.name.toLowerCase()
    );
    if (!entry) {
      low.push(`${changed.name} (no test that ran covers it)`);
      continue;
    }
    if (entry.numLocations === 0) continue;
    const percent = (entry.numLocations - entry.numLocationsNotCovered) / entry.numLocations * 100;
    if (percent < minimum) low.push(`${changed.name} (${Math.floor(percent * 100) / 100}%)`);
  }
  if (low.length === 0) return [];
  return [
    `Changed Apex below ${minimum}% coverage after the tests the org chose (${how}): ${low.join(", ")}.`
  ];
}

// src/test-run/check-tests.ts
var RERUN_WAIT_MS = 10 * 6e4;
var TEST_CLASS = /@istest\b[^{]*?\bclass\s+\w+/i;
async function checkTests(first, ctx) {
  const run2 = ctx.settings.testRun;
  if (!run2) return first;
  let outcome = first;
  const retry = run2.retries > 0 && first.result ? await retryFlaky(first, ctx, run2.retries) : void 0;
  if (retry) outcome = withRetryNotes(retry.outcome, retry.report.labels);
  const guarded = await guardZeroTests(outcome, ctx);
  outcome = guarded.outcome;
  const patch = await checkPatch(outcome, ctx);
  const flows = checkFlows(outcome, ctx);
  const tests = outcome.result?.details?.runTestResult?.tests ?? [];
  const sections2 = [
    ...ctx.suites ? [suiteSection(ctx.suites, tests)] : [],
    ...retry ? [retrySection(retry.report)] : [],
    ...guarded.section ? [guarded.section] : [],
    ...patch.section ? [patch.section] : [],
    ...flows.section ? [flows.section] : []
  ];
  const flaky = retry?.report.labels.filter((l) => l.verdict === "flaky").map((l) => l.test) ?? [];
  return {
    ...outcome,
    notes: [
      ...outcome.notes,
      ...retry?.notes ?? [],
      ...guarded.notes,
      ...patch.notes,
      ...flows.notes
    ],
    ...sections2.length > 0 ? { extraSections: [...outcome.extraSections ?? [], ...sections2] } : {},
    testCheck: {
      failures: [...guarded.failures, ...patch.failures, ...flows.failures],
      outputs: { ...retry ? { "tests-flaky": flaky.join(",") } : {}, ...patch.outputs },
      ...retry ? { retry: retry.report } : {}
    }
  };
}
function withRetryNotes(outcome, labels) {
  const run2 = outcome.result?.details?.runTestResult;
  if (!outcome.result?.details || !run2) return outcome;
  const byTest = new Map(labels.map((l) => [l.test, labelText(l)]));
  const tests = run2.tests.map((t) => {
    const note = byTest.get(testKey(t));
    return note ? { ...t, retryNote: note } : t;
  });
  return {
    ...outcome,
    result: {
      ...outcome.result,
      details: { ...outcome.result.details, runTestResult: { ...run2, tests } }
    }
  };
}
function counting(rest, count) {
  const tick = (p) => {
    count.n += 1;
    return p;
  };
  return {
    ...rest,
    get: (p) => tick(rest.get(p)),
    post: (p, b) => tick(rest.post(p, b)),
    patch: (p, b) => tick(rest.patch(p, b)),
    delete: (p) => tick(rest.delete(p)),
    queryAll: (q, o) => tick(rest.queryAll(q, o))
  };
}
function apexClassesOf(pkg) {
  return new Set(
    pkg.components.filter((c) => c.type === "ApexClass").map((c) => c.fullName.toLowerCase())
  );
}
function canResubmit(settings, options) {
  return options.checkOnly || settings.mode === "deploy" && options.rollbackOnError;
}
async function retryFlaky(first, ctx, retries) {
  const run2 = ctx.settings.testRun;
  const failures = first.result && run2 ? transientOnlyFailures(first.result, run2.flakyTests) : void 0;
  if (!failures || !run2) return void 0;
  const count = { n: 0 };
  const inPackage = apexClassesOf(ctx.pkg);
  const labels = /* @__PURE__ */ new Map();
  const label2 = (t, patch) => {
    const key3 = testKey(t);
    const old = labels.get(key3) ?? {
      test: key3,
      verdict: "not re-run",
      attempts: 0,
      via: "none",
      message: t.message ?? ""
    };
    labels.set(key3, { ...old, ...patch });
  };
  for (const f of failures) label2(f, {});
  const viaOrg = failures.filter((f) => f.methodName && !inPackage.has(f.className.toLowerCase()));
  const notes = [];
  const base = ctx.rest();
  if (viaOrg.length > 0 && base) {
    const rest = counting(base, count);
    let pending = viaOrg;
    for (let attempt = 1; attempt <= retries && pending.length > 0; attempt++) {
      const tests = pending.map((t) => ({
        className: t.namespace ? `${t.namespace}.${t.className}` : t.className,
        methodName: t.methodName ?? ""
      }));
      let results;
      try {
        results = await rerunTests(rest, tests, ctx.clock, RERUN_WAIT_MS);
      } catch (error) {
        notes.push(`The test re-run could not be made: ${describeError(error)}`);
        break;
      }
      const still = [];
      pending.forEach((t, i) => {
        const passed = results[i]?.outcome === "Pass";
        label2(t, { verdict: passed ? "flaky" : "real", attempts: attempt, via: "tooling" });
        if (!passed) still.push(t);
      });
      pending = still;
    }
  }
  const report = { labels: [], resubmissions: [], apiCalls: 0 };
  let outcome = first;
  const anyReal = [...labels.values()].some((l) => l.verdict === "real");
  if (run2.retryValidation && !anyReal && canResubmit(ctx.settings, ctx.options)) {
    for (let attempt = 1; attempt <= retries; attempt++) {
      ctx.logger.info(
        `Every failed test looks flaky; submitting the ${ctx.options.checkOnly ? "validation" : "deploy"} again (${attempt} of ${retries}).`
      );
      outcome = await ctx.resubmit(ctx.options);
      if (outcome.deployId) report.resubmissions.push(outcome.deployId);
      const result2 = outcome.result;
      if (!result2) break;
      const failedNow = new Set(
        (result2.details?.runTestResult?.tests ?? []).filter((t) => t.outcome === "Fail").map((t) => testKey(t))
      );
      for (const l of labels.values()) {
        if (l.verdict === "flaky" && l.via === "tooling") continue;
        const passed = !failedNow.has(l.test);
        labels.set(l.test, {
          ...l,
          verdict: passed ? "flaky" : "real",
          attempts: attempt,
          via: "resubmission"
        });
      }
      if (isCleanSuccess(result2) || !transientOnlyFailures(result2, run2.flakyTests)) break;
    }
  } else if (!anyReal && labels.size > 0 && !run2.retryValidation) {
    notes.push("Every failed test looks flaky; retry-validation: true would submit the run again.");
  }
  report.labels = [...labels.values()];
  report.apiCalls = count.n;
  for (const l of report.labels) ctx.logger.info(`${l.test}: ${labelText(l)}`);
  try {
    appendFlakeHistory(ctx.settings.report.resultsDir, {
      at: new Date(ctx.clock.now()),
      ...first.deployId ? { deployId: first.deployId } : {},
      labels: report.labels
    });
  } catch (error) {
    notes.push(`The flake history could not be written: ${describeError(error)}`);
  }
  return { outcome, report, notes };
}
function testClassCheck(pkg, workspace) {
  return (name) => {
    const file = pkg.resolveApexSource?.("Class", name);
    if (!file) return /test$/i.test(name);
    try {
      return TEST_CLASS.test(readFileSync4(path14.resolve(workspace, file), "utf8"));
    } catch {
      return /test$/i.test(name);
    }
  };
}
async function guardZeroTests(outcome, ctx) {
  const run2 = ctx.settings.testRun;
  if (!run2 || !outcome.result) return { outcome, failures: [], notes: [] };
  const changedApex = ctx.pkg.components.filter((c) => c.type === "ApexClass" || c.type === "ApexTrigger").map((c) => ({ type: c.type, name: c.fullName }));
  const testLevel = outcome.testLevel ?? ctx.options.testLevel;
  const input = {
    testLevel,
    // run-tests: auto that fell back to RunLocalTests (missing-tests: run-local) ran every local
    // test: the org chose nothing, and coverage-threshold governs that run as any other.
    autoSelected: ctx.pkg.tests !== void 0 && testLevel === "RunSpecifiedTests",
    changedApex,
    isTestClass: testClassCheck(ctx.pkg, ctx.settings.workspace),
    ...ctx.settings.report.coverageThreshold === void 0 ? {} : { threshold: ctx.settings.report.coverageThreshold }
  };
  const problems = zeroTestProblems({ ...input, result: outcome.result });
  if (problems.length === 0) return { outcome, failures: [], notes: [] };
  if (run2.onNoTests === "fail")
    return { outcome, failures: problems, notes: [], section: guardSection(problems, void 0) };
  ctx.logger.warning(
    `${problems.join(" ")} Validating again at RunLocalTests (on-no-tests: rerun-local).`
  );
  const again = await ctx.resubmit({ ...ctx.options, testLevel: "RunLocalTests", runTests: [] });
  return {
    outcome: { ...again, testLevel: "RunLocalTests" },
    failures: [],
    notes: [`Run again at RunLocalTests (${again.deployId ?? "no id"}): ${problems.join(" ")}`],
    section: guardSection(problems, again.deployId)
  };
}
function guardSection(problems, rerunId) {
  return [
    "### Zero-test guard",
    "",
    ...problems.map((p) => `- ${escapeInline(p)}`),
    "",
    ...rerunId ? [
      `on-no-tests: rerun-local ran the package again at RunLocalTests as ${rerunId}; this report is that run.`,
      ""
    ] : []
  ].join("\n");
}
var MAX_PATCH_ANNOTATIONS = 10;
async function checkPatch(outcome, ctx) {
  const threshold = ctx.settings.testRun?.patchCoverageThreshold;
  const none = { failures: [], notes: [], outputs: {} };
  const coverage = outcome.result?.details?.runTestResult?.coverage;
  if (!outcome.result?.done || !coverage) return none;
  let changed;
  try {
    changed = await ctx.changedLines?.();
  } catch (error) {
    const why = `Patch coverage needs the git diff, which failed: ${describeError(error)}`;
    return threshold === void 0 ? { ...none, notes: [why] } : { ...none, failures: [why] };
  }
  if (!changed) {
    return threshold === void 0 ? none : {
      ...none,
      failures: [
        "patch-coverage-threshold: needs a diff base: set delta-from, or run on a pull request."
      ]
    };
  }
  const lookup = ctx.pkg.resolveApexSource;
  const patch = patchCoverage(changed, coverage, (type, name) => lookup?.(type, name));
  let annotated = 0;
  for (const file of patch.files) {
    for (const [startLine, endLine] of lineRanges2(file.uncovered)) {
      if (annotated >= MAX_PATCH_ANNOTATIONS) break;
      annotated++;
      ctx.annotate?.({
        path: file.path,
        startLine,
        endLine,
        message: startLine === endLine ? `Changed line ${startLine} is not covered by the tests that ran.` : `Changed lines ${startLine}-${endLine} are not covered by the tests that ran.`
      });
    }
  }
  return {
    failures: patchFailures(patch, threshold),
    notes: [],
    outputs: patch.percent === void 0 ? {} : { "patch-coverage": patch.percent.toFixed(2) },
    section: patchSection(patch, threshold)
  };
}
function checkFlows(outcome, ctx) {
  const run2 = outcome.result?.details?.runTestResult;
  const flows = run2?.flowCoverage ?? [];
  const warnings = run2?.flowCoverageWarnings ?? [];
  const threshold = ctx.settings.testRun?.flowCoverageThreshold;
  if (flows.length === 0 && warnings.length === 0) return { failures: [], notes: [] };
  const pathOf2 = (name) => ctx.pkg.resolveSource?.({
    fileName: `flows/${name}.flow`,
    componentType: "Flow",
    fullName: name
  })?.path;
  const notes = [];
  try {
    writeFlowCobertura(
      ctx.settings.report.resultsDir,
      flowCobertura(flows, pathOf2, new Date(ctx.clock.now()))
    );
  } catch (error) {
    notes.push(`The flow coverage file could not be written: ${describeError(error)}`);
  }
  return {
    failures: flowFailures(flows, threshold),
    notes,
    section: flowSection(flows, warnings, pathOf2, threshold)
  };
}

// src/test-run/patch-diff.ts
async function changedApexLines(workspace, from, mode) {
  const repo = await openRepo(workspace, [from, "HEAD"]);
  const range2 = await resolveRange(repo, from, "HEAD", mode);
  const diff = await git(repo.cwd, [
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--relative",
    range2.base,
    "--",
    "*.cls",
    "*.trigger"
  ]);
  return parseChangedLines(diff);
}

// src/test-run/deploy-hooks.ts
function restOf(session) {
  let rest;
  return () => {
    if (!rest && session.caller) rest = createSalesforceRest(session.caller, session.apiVersion);
    return rest;
  };
}
async function withSuiteTests(options, settings, session, ports) {
  const names = settings.testRun?.suites ?? [];
  if (names.length === 0 || options.testLevel !== "RunSpecifiedTests")
    return { options, suites: [] };
  const suites = await resolveSuites(names, settings.workspace, restOf(session));
  const classes = [.../* @__PURE__ */ new Set([...options.runTests, ...suites.flatMap((s) => s.classes)])];
  for (const s of suites)
    ports.logger.info(`Test suite ${s.name} (${s.from}): ${s.classes.join(", ")}`);
  return { options: { ...options, runTests: classes }, suites };
}
function afterDeploy(outcome, input) {
  const settings = input.settings;
  const wanted = settings.delta !== void 0 || settings.testRun?.patchCoverageThreshold !== void 0;
  const from = wanted ? settings.delta?.from ?? pullRequestBase(input.ports.env) : void 0;
  return checkTests(outcome, {
    settings,
    pkg: input.pkg,
    options: input.options,
    rest: restOf(input.session),
    clock: input.ports.clock,
    logger: input.ports.logger,
    resubmit: input.resubmit,
    ...input.suites?.length ? { suites: input.suites } : {},
    changedLines: async () => from === void 0 ? void 0 : changedApexLines(settings.workspace, from, settings.delta?.base ?? "merge-base"),
    ...input.ports.annotate ? { annotate: input.ports.annotate } : {}
  });
}

// src/deploy/deploy.ts
async function deployOperation(settings, ports) {
  const pkg = await ports.buildPackage(settings);
  for (const warning of pkg.warnings) ports.logger.warning(warning);
  if (pkg.nothingToDeploy)
    return {
      mode: settings.mode,
      notes: [pkg.nothingToDeploy],
      package: pkg,
      nothingToDeploy: pkg.nothingToDeploy
    };
  const limits = checkPackageLimits(pkg, settings.api, ports.limits);
  if (limits.problems.length > 0) throw new ActionError(limits.problems.join("\n"));
  const session = await ports.connect(limits.transport, pkg.apiVersion);
  ports.logger.info(
    `${settings.deployOptions.checkOnly ? "Validating" : "Deploying"} ${plural(pkg.components.length, "component")}${pkg.deletions ? ` and ${plural(pkg.deletions, "deletion")}` : ""} (${pkg.fileCount} files, ${(pkg.zip.byteLength / 1024).toFixed(0)} KiB) to ${session.connection.instanceUrl} through ${session.api.transport.toUpperCase()}, API ${session.apiVersion}`
  );
  const backup = await ports.backup?.(pkg, session);
  const tests = await withSuiteTests(deployOptionsFor(settings, pkg), settings, session, ports);
  const options = tests.options;
  const base = sessionBase(settings, session, [
    ...limits.notes,
    ...pkg.notes ?? [],
    ...backup?.notes ?? []
  ]);
  const submitAndFollow = async (sent) => {
    const id = await submitOnce(
      "The deploy request",
      () => session.api.deploy(pkg.zip, sent),
      ports
    );
    ports.onDeployId(id);
    ports.logger.info(`Deploy id: ${id}`);
    return followDeploy(id, session, settings, ports, {
      ...base,
      package: pkg,
      // The level the org received (run-tests: auto may have fallen back to RunLocalTests).
      ...sent.testLevel ? { testLevel: sent.testLevel } : {},
      runTests: sent.runTests,
      ...extraSections([...pkg.sections ?? [], ...backup?.sections ?? []])
    });
  };
  return afterDeploy(await submitAndFollow(options), {
    settings,
    pkg,
    options,
    session,
    ports,
    resubmit: submitAndFollow,
    suites: tests.suites
  });
}
function extraSections(sections2) {
  return sections2.length > 0 ? { extraSections: sections2 } : {};
}
function deployOptionsFor(settings, pkg) {
  if (!pkg.tests) return settings.deployOptions;
  const { testLevel: _inputs, ...rest } = settings.deployOptions;
  return {
    ...rest,
    ...pkg.tests.testLevel ? { testLevel: pkg.tests.testLevel } : {},
    runTests: pkg.tests.runTests
  };
}

// src/validation-record/match-notes.ts
var MAX_LISTED = 5;
function chosenNote(record, source) {
  return `Quick deploy of validation ${record.validationId}, found by package content ${record.contentHash.slice(0, 12)}\u2026 in artifact ${source.artifactName}${source.runId !== void 0 ? ` of run ${source.runId}` : ""} (commit ${record.commitSha.slice(0, 12) || "unknown"}, validated ${record.validatedAt}, tests: ${record.testLevel ?? "org default"}, ${record.testsRun} run).`;
}
function passedOverNotes(selection) {
  const lines = selection.passedOver.slice(0, MAX_LISTED).map(
    (p) => `Not used: ${p.source.artifactName} (artifact ${p.source.artifactId}): ${p.reason}.`
  );
  const more2 = selection.passedOver.length - MAX_LISTED;
  return more2 > 0 ? [...lines, `\u2026 and ${more2} more records not used.`] : lines;
}
function noMatchReason(selection, artifactName) {
  if (selection.passedOver.length === 0) {
    return `no validation record for this package in this org: no artifact named ${artifactName} (the package changed since the validation, or it was never validated in this org, or the record's artifact was deleted)`;
  }
  const reasons = [...new Set(selection.passedOver.map((p) => p.reason))];
  return `no usable validation record for this package in this org: ${reasons.join("; ")}`;
}
function fallbackTests(input, record) {
  if (input.testLevel)
    return { testLevel: input.testLevel, runTests: input.runTests, from: "the test-level input" };
  if (record?.testLevel && record.testLevel !== "NoTestRun") {
    return {
      testLevel: record.testLevel,
      runTests: record.runTests,
      from: `validation ${record.validationId}`
    };
  }
  return {
    testLevel: "RunLocalTests",
    runTests: [],
    from: "the default for a deploy in place of a quick deploy"
  };
}
function renderNoQuickDeploySummary(input) {
  return [
    "## \u274C No quick deploy",
    "",
    `**Why:** ${escapeInline(input.reason)}.`,
    "",
    `Package content hash ${codeSpan(input.contentHash)}, looked up as artifact ${codeSpan(input.artifactName)}.`,
    "",
    "Nothing was deployed: `quick-deploy-fallback` is `fail`. Validate this commit again (mode: validate) and quick-deploy that, or set `quick-deploy-fallback: deploy` to run a full deploy with tests when no validation can be used.",
    "",
    ...input.notes.map((n) => `- ${escapeInline(n)}`),
    ""
  ].join("\n");
}

// src/validation-record/verify-validation.ts
var DESTRUCTIVE3 = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function packageComponents(pkg) {
  const entries = unzipEntries(pkg.zip, "package");
  const deletions = DESTRUCTIVE3.flatMap((name) => {
    const bytes = entries.get(name);
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : [];
  });
  return {
    members: parsePackageXml(pkg.packageXml, "package.xml").members,
    deletions,
    files: new Set(entries.keys())
  };
}
function key(type, fullName) {
  let name = fullName;
  try {
    name = decodeURIComponent(fullName);
  } catch {
  }
  return `${type.toLowerCase()}\0${name.toLowerCase()}`;
}
var LISTED = 5;
function listed(members) {
  const more2 = members.length - LISTED;
  return members.slice(0, LISTED).join(", ") + (more2 > 0 ? ` and ${more2} more` : "");
}
function validationDifferences(validation, pkg, record) {
  const details3 = validation.details;
  if (!details3) return ["the org returned the validation without its component details"];
  const messages = [...details3.componentSuccesses, ...details3.componentFailures].filter(
    (m) => m.componentType !== ""
  );
  return [...componentDifferences(messages, pkg), ...testDifferences(validation, record)];
}
function componentDifferences(messages, pkg) {
  const validated = new Set(
    messages.filter((m) => !m.deleted).map((m) => key(m.componentType, m.fullName))
  );
  const deleted = new Set(
    messages.filter((m) => m.deleted).map((m) => key(m.componentType, m.fullName))
  );
  const wildcardTypes = new Set(
    pkg.members.filter((m) => m.fullName === "*").map((m) => m.type.toLowerCase())
  );
  const named = pkg.members.filter((m) => m.fullName !== "*");
  const ours = new Set([...named, ...pkg.deletions].map((m) => key(m.type, m.fullName)));
  const parents = new Set(named.map((m) => m.fullName.toLowerCase()));
  const out = [];
  const missing = named.filter((m) => !validated.has(key(m.type, m.fullName)));
  if (missing.length > 0)
    out.push(
      `it did not validate ${listed(missing.map((m) => `${m.type} ${m.fullName}`))} of this package`
    );
  const notDeleted = pkg.deletions.filter((m) => !deleted.has(key(m.type, m.fullName)));
  if (notDeleted.length > 0)
    out.push(
      `it did not delete ${listed(notDeleted.map((m) => `${m.type} ${m.fullName}`))}, which this package deletes`
    );
  const foreign = messages.filter(
    (m) => !ours.has(key(m.componentType, m.fullName)) && (m.deleted || !isOfThisPackage(m, pkg.files, wildcardTypes, parents))
  );
  if (foreign.length > 0) {
    const names = foreign.map(
      (m) => `${m.componentType} ${m.fullName}${m.deleted ? " (deleted)" : ""}`
    );
    out.push(`it also validated ${listed(names)}, which this package does not hold`);
  }
  return out;
}
function isOfThisPackage(m, files, wildcardTypes, parents) {
  if (wildcardTypes.has(m.componentType.toLowerCase())) return true;
  const dot = m.fullName.indexOf(".");
  if (dot > 0 && parents.has(m.fullName.slice(0, dot).toLowerCase())) return true;
  return files.has(m.fileName) || [...files].some((f) => f.startsWith(`${m.fileName}/`));
}
function testDifferences(validation, record) {
  const run2 = validation.details?.runTestResult;
  const ran = run2?.numTestsRun ?? validation.numberTestsCompleted + validation.numberTestErrors;
  const out = [];
  if (ran !== record.testsRun) out.push(`it ran ${ran} tests, the record says ${record.testsRun}`);
  const level = record.testLevel;
  if (level && level !== "NoTestRun" && !validation.runTestsEnabled && ran === 0)
    out.push(`it ran no tests, the record says ${level}`);
  if (level === "RunSpecifiedTests" && run2) {
    const classes = new Set(run2.tests.map((t) => t.className.toLowerCase()));
    const named = new Set(record.runTests.map((t) => t.toLowerCase()));
    const differ = classes.size !== named.size || [...classes].some((c) => !named.has(c));
    if (differ)
      out.push(
        `it ran the tests of ${listed([...classes].sort()) || "no class"}, the record names ${listed([...named].sort()) || "none"}`
      );
  }
  return out;
}

// src/validation-record/quick-deploy-match.ts
async function quickDeployByContent(quick, ports, records) {
  const packageSource = quick.packageSource;
  if (!packageSource)
    throw new ActionError(
      "quick-deploy without validation-id matches the package to a validation record: set source-dir or metadata-dir, or give validation-id."
    );
  const settings = { ...quick, packageSource };
  const pkg = await ports.buildPackage(settings);
  for (const warning of pkg.warnings) ports.logger.warning(warning);
  const hash = pkg.contentHash;
  if (!hash)
    throw new ActionError(
      "The package has no content hash; quick deploy by package content needs a package built by this action."
    );
  records.setOutput("content-hash", hash);
  const shared = sharedPorts(ports, pkg);
  const session = await shared.connect(settings.api, pkg.apiVersion);
  const orgId = session.connection.orgId;
  if (!orgId) {
    return fallBack(
      settings,
      shared,
      records,
      { hash, name: "(unknown)", notes: [] },
      "the sign-in did not tell the org id, so no validation record can be matched to this org"
    );
  }
  const name = recordArtifactName(hash, orgId);
  ports.logger.info(
    `Package content hash ${hash}; looking for validation records in artifacts named ${name}.`
  );
  const selection = await confirmWithOrg(
    selectRecord(await records.finder.find(name), {
      contentHash: hash,
      orgId,
      nowMs: ports.clock.now(),
      repository: records.run.repository ?? "",
      trust: settings.quickDeployMatch.trust
    }),
    pkg,
    session,
    settings,
    shared
  );
  const notes = passedOverNotes(selection);
  const chosen = selection.chosen;
  if (!chosen)
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes, record: sameContentRecord(selection, hash, orgId) },
      noMatchReason(selection, name)
    );
  const note = chosenNote(chosen.record, chosen.source);
  ports.logger.info(note);
  try {
    const outcome = await quickDeployValidation(
      chosen.record.validationId,
      session,
      settings,
      shared,
      [note, ...notes],
      pkg
    );
    records.setOutput("validation-record-artifact", chosen.source.artifactName);
    return { outcome, settings };
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) throw error;
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes: [note, ...notes], record: chosen.record },
      error.message.replace(/\.$/, "")
    );
  }
}
async function confirmWithOrg(selection, pkg, session, settings, ports) {
  const candidates2 = selection.chosen ? [selection.chosen, ...selection.alternatives] : [];
  const contents = candidates2.length > 0 ? packageComponents(pkg) : void 0;
  const disowned = [];
  for (const [i, candidate] of candidates2.entries()) {
    const differences = contents ? await orgDifferences(candidate, contents, session, settings, ports) : [];
    if (differences.length === 0) {
      const older = candidates2.slice(i + 1).map((o) => olderThan(o, candidate));
      return {
        chosen: candidate,
        alternatives: [],
        passedOver: [...disowned, ...older, ...selection.passedOver]
      };
    }
    const reason = `the org's validation ${candidate.record.validationId} is not of this package: ${differences.join("; ")}`;
    ports.logger.warning(`Validation record ${candidate.source.artifactName} not used: ${reason}.`);
    disowned.push({ source: candidate.source, record: candidate.record, reason });
  }
  return { alternatives: [], passedOver: [...disowned, ...selection.passedOver] };
}
async function orgDifferences(candidate, contents, session, settings, ports) {
  const id = candidate.record.validationId;
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger };
  try {
    const validation = await withRetries(
      () => session.api.checkDeployStatus(id, true),
      polling,
      waitOptionsFrom(settings, ports.random)
    );
    if (!validation.checkOnly) return ["it is a deploy, not a validation"];
    return validationDifferences(validation, contents, candidate.record);
  } catch (error) {
    if (error instanceof ApiError && /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/.test(error.code))
      return [`the org has no such deploy (${error.code})`];
    throw error;
  }
}
async function fallBack(settings, ports, records, context, reason) {
  records.setOutput("quick-deploy-fallback-reason", reason);
  if (settings.quickDeployMatch.fallback === "fail") {
    await records.summary.write(
      renderNoQuickDeploySummary({
        reason,
        contentHash: context.hash,
        artifactName: context.name,
        notes: context.notes
      })
    );
    throw new ActionError(
      `No quick deploy: ${reason}. quick-deploy-fallback is fail, so nothing was deployed; validate this commit again, or set quick-deploy-fallback: deploy to run a full deploy with tests instead.`
    );
  }
  const tests = fallbackTests(settings.deployOptions, context.record);
  const explanation = `Full deploy with ${tests.testLevel} (from ${tests.from}) instead of a quick deploy: ${reason}.`;
  ports.logger.warning(explanation);
  const deploySettings = {
    ...settings,
    mode: "deploy",
    deployOptions: {
      ...settings.deployOptions,
      checkOnly: false,
      testLevel: tests.testLevel,
      runTests: tests.runTests
    }
  };
  const outcome = await deployOperation(deploySettings, ports);
  return {
    outcome: { ...outcome, notes: [explanation, ...context.notes, ...outcome.notes] },
    settings: deploySettings
  };
}
function sameContentRecord(selection, hash, orgId) {
  return selection.passedOver.filter((p) => p.trusted).map((p) => p.record).find((r) => !!r && r.contentHash === hash && sameOrg(r.orgId, orgId));
}
function sharedPorts(ports, pkg) {
  const sessions = /* @__PURE__ */ new Map();
  return {
    ...ports,
    // Warnings were logged once already.
    buildPackage: () => Promise.resolve({ ...pkg, warnings: [] }),
    connect: (transport, version) => {
      const key3 = `${transport} ${version ?? ""}`;
      const existing = sessions.get(key3) ?? ports.connect(transport, version);
      sessions.set(key3, existing);
      return existing;
    }
  };
}

// src/validation-record/record-ports.ts
function createRecordPorts(settings, deps, parts) {
  const { env } = deps;
  const context = readRunContext(env, readEventPayload(env));
  return {
    finder: createRestRecordFinder({
      octokit: deps.octokit,
      ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}
    }),
    uploader: deps.recordUploader,
    summary: { write: async (markdown) => parts.section(markdown) },
    setOutput: (name, value) => parts.output(name, value),
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || "",
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}
    }
  };
}

// src/validation-record/record-validation.ts
async function recordValidation(outcome, settings, records, deps) {
  const hash = outcome.package?.contentHash;
  if (hash) records.setOutput("content-hash", hash);
  const record = hash ? recordOf(outcome, settings, hash, records.run, deps.clock) : void 0;
  if (!record || !settings.quickDeployMatch.uploadRecord) return outcome;
  const name = recordArtifactName(hash ?? "", record.orgId);
  records.setOutput("validation-record", JSON.stringify(JSON.parse(serializeRecord(record))));
  records.setOutput("validation-record-artifact", name);
  const expires = new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString();
  try {
    const uploaded = await records.uploader.upload(name, record);
    const note = `Validation record stored as artifact ${name}${uploaded.id !== void 0 ? ` (id ${uploaded.id})` : ""}: a quick deploy of the same package contents to this org finds it until ${expires}, minus a one-hour margin.`;
    deps.logger.info(note);
    return { ...outcome, notes: [...outcome.notes, note] };
  } catch (error) {
    const note = `The validation record could not be uploaded as artifact ${name} (${describeError(error)}); a quick deploy by package content will not find this validation. Quick-deploy it with validation-id: ${record.validationId}.`;
    deps.logger.warning(note);
    return { ...outcome, notes: [...outcome.notes, note] };
  }
}
function recordOf(outcome, settings, contentHash2, run2, clock) {
  const result2 = outcome.result;
  if (!result2 || !result2.checkOnly || !result2.done || result2.status !== "Succeeded" || !outcome.orgId)
    return void 0;
  const tests = result2.details?.runTestResult;
  return {
    validationId: result2.id,
    orgId: to18(outcome.orgId),
    instanceUrl: outcome.instanceUrl ?? "",
    apiVersion: outcome.apiVersion ?? "",
    // What the org received: suites resolve to classes, on-no-tests may have re-run at RunLocalTests.
    ...testsSent(outcome, settings),
    testsRun: tests?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors,
    status: result2.status,
    contentHash: contentHash2,
    commitSha: run2.commitSha,
    validatedAt: (result2.completedDate ?? new Date(clock.now())).toISOString(),
    ...run2.repository && run2.runId ? { run: { repository: run2.repository, id: run2.runId, attempt: run2.runAttempt ?? "1" } } : {}
  };
}
function testsSent(outcome, settings) {
  const level = outcome.testLevel ?? settings.deployOptions.testLevel;
  return {
    ...level ? { testLevel: level } : {},
    runTests: outcome.runTests ?? settings.deployOptions.runTests
  };
}

// src/deploy/verdict.ts
function decideVerdict(outcome, waitMinutes) {
  if (outcome.nothingToDeploy || outcome.submitted) return { success: true };
  const id = outcome.deployId ?? "(unknown id)";
  if (outcome.timedOut) {
    return {
      success: false,
      message: `Deploy ${id} was still ${outcome.timedOut.last?.status ?? "running"} after the ${waitMinutes}-minute wait limit; it continues in the org. Follow it later with mode: report and deploy-id: ${id}, or stop it with mode: cancel.`
    };
  }
  const result2 = outcome.result;
  if (!result2) return { success: false, message: `Deploy ${id} ended without a result.` };
  if (outcome.mode === "cancel") return cancelVerdict(result2, id);
  if (isCleanSuccess(result2)) return { success: true };
  return { success: false, message: explainFailure2(result2, outcome.mode) };
}
function cancelVerdict(result2, id) {
  if (result2.status === "Canceled") return { success: true };
  const what = result2.checkOnly ? "Validation" : "Deploy";
  const ended = isCleanSuccess(result2) ? "succeeded: what it deployed stays in the org" : `ended with status ${result2.status}`;
  return {
    success: false,
    message: `Nothing was canceled: ${what.toLowerCase()} ${id} had already ${ended}. ${explainFailureIfAny(result2, what)}`.trim()
  };
}
function explainFailureIfAny(result2, what) {
  return isCleanSuccess(result2) ? "" : explainFailure2(result2, what === "Validation" ? "validate" : "deploy");
}
function explainFailure2(result2, mode) {
  const what = mode === "validate" ? "Validation" : mode === "quick-deploy" ? "Quick deploy" : "Deploy";
  const head = `${what} ${result2.id} ${describeStatus(result2)}`;
  if (result2.errorMessage) return `${head}: ${result2.errorMessage}`;
  const failures = result2.details?.componentFailures.filter((f) => f.problemType !== "Info") ?? [];
  if (failures.length > 0) {
    const first = failures[0];
    const more2 = failures.length > 1 ? ` (and ${failures.length - 1} more; see the job summary)` : "";
    const where = first?.lineNumber ? ` (line ${first.lineNumber})` : "";
    return `${head}: ${first?.componentType} ${first?.fullName}${where}: ${first?.problem ?? "failed"}${more2}`;
  }
  const tests = result2.details?.runTestResult?.tests.filter((t) => t.outcome === "Fail") ?? [];
  if (tests.length > 0) {
    const first = tests[0];
    const name = `${first?.className}.${first?.methodName ?? "(class-level)"}`;
    return `${head}: ${tests.length} Apex test${tests.length === 1 ? "" : "s"} failed, first ${name}: ${first?.message ?? ""}`;
  }
  const warnings = result2.details?.runTestResult?.coverageWarnings ?? [];
  if (warnings.length > 0)
    return `${head}: code coverage too low: ${warnings.map((w) => w.message).join(" ")}`;
  if (result2.status === "Canceled")
    return `${head}${result2.canceledByName ? ` by ${result2.canceledByName}` : ""}.`;
  return `${head}, and the org gave no reason (no error message, component failure, test failure or coverage warning).`;
}
function describeStatus(result2) {
  if (result2.status === "Succeeded")
    return `reported success with ${result2.numberComponentErrors} component error${result2.numberComponentErrors === 1 ? "" : "s"}`;
  if (result2.status === "SucceededPartial")
    return "succeeded only partly (rollback-on-error was false)";
  if (result2.status === "Canceled") return "was canceled";
  return `failed (status ${result2.status})`;
}

// src/modes/operation/operation-verdict.ts
function operationVerdict(outcome, waitMinutes, report) {
  const deployVerdict = decideVerdict(outcome, waitMinutes);
  const success = report ? report.report.passed : deployVerdict.success;
  if (success) return { success };
  const message = [deployVerdict.success ? "" : deployVerdict.message, ...report?.failures ?? []].filter(Boolean).join("\n");
  return { success, message: message || "The run failed." };
}

// src/modes/operation/refusal-summary.ts
function renderRefusal(message) {
  return ["## \u274C Quick deploy refused \u2014 nothing was deployed", "", escapeInline(message), ""].join(
    "\n"
  );
}

// src/modes/operation/submitted-summary.ts
var WHAT = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  cancel: "Cancellation"
};
function renderSubmitted(mode, id, instanceHost) {
  const what = WHAT[mode] ?? "Request";
  return [
    `## \u23F3 ${what} submitted \xB7 ${instanceHost} \xB7 ${codeSpan(id)}`,
    "",
    `\`wait\` is 0, so this step did not follow it. Follow it with \`mode: report\` and ${codeSpan(`deploy-id: ${id}`)}, or stop it with \`mode: cancel\`.`,
    ""
  ].join("\n");
}
function renderNothingToDeploy(reason, sections2) {
  return ["## \u2705 Nothing to deploy", "", escapeInline(reason), "", ...sections2, ""].join("\n");
}

// src/deploy/cancel.ts
async function cancelOperation(settings, ports) {
  const id = settings.deployId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  ports.onDeployId(id);
  const notes = [];
  try {
    const cancel = await session.api.cancelDeploy(id);
    notes.push(
      cancel.done ? `Deploy ${id} had not started; it is canceled.` : `Cancellation of ${id} requested.`
    );
  } catch (error) {
    if (!(error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))) throw error;
    notes.push(`Deploy ${id} had already finished; nothing to cancel.`);
  }
  ports.logger.info(notes[0] ?? "");
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version);
  if (note) {
    ports.logger.info(note);
    notes.push(note);
  }
  return followDeploy(id, session, settings, ports, sessionBase(settings, session, notes));
}

// src/deploy/report.ts
async function reportOperation(settings, ports) {
  const id = settings.deployId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  ports.onDeployId(id);
  ports.logger.info(`Reporting on deploy ${id}`);
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version);
  if (note) ports.logger.info(note);
  try {
    return await followDeploy(
      id,
      session,
      settings,
      ports,
      sessionBase(settings, session, note ? [note] : [])
    );
  } catch (error) {
    if (error instanceof ApiError && /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/.test(error.code)) {
      throw new ActionError(
        `Deploy ${id} was not found in this org (${error.code}); check deploy-id and the credentials.`
      );
    }
    throw error;
  }
}

// src/modes/operation/run-operation.ts
async function runOperation(settings, ports) {
  switch (settings.mode) {
    case "deploy":
    case "validate":
      return deployOperation(settings, ports);
    case "quick-deploy":
      return quickDeployOperation(settings, ports);
    case "report":
      return reportOperation(settings, ports);
    case "cancel":
      return cancelOperation(settings, ports);
  }
}

// src/modes/operation/run-operation-mode.ts
async function runOperationMode(settings, deps) {
  const parts = new ResultParts();
  let deployId;
  const ports = operationPorts(settings, deps, parts, (id) => deployId = id);
  try {
    const outcome = await operate(settings, deps, ports, parts);
    return await finish(outcome.settings, outcome.outcome, deps, parts);
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) {
      throw withParts(error, parts);
    }
    return {
      verdict: { success: false, message: error.message },
      outputs: {
        ...parts.outputs,
        ...deployId ? { "deploy-id": deployId } : {},
        status: "Refused"
      },
      summary: [...parts.summary, renderRefusal(error.message)]
    };
  }
}
async function operate(settings, deps, ports, parts) {
  const records = () => createRecordPorts(settings, deps, parts);
  if (settings.mode === "quick-deploy" && !settings.validationId) {
    const matched = await quickDeployByContent(settings, ports, records());
    deps.state.save(STATE.finished, "true");
    return matched;
  }
  const outcome = await runOperation(settings, ports);
  deps.state.save(STATE.finished, "true");
  if (settings.mode !== "validate") return { settings, outcome };
  return { settings, outcome: await recordValidation(outcome, settings, records(), ports) };
}
function operationPorts(settings, deps, parts, rememberId) {
  const stepDeps = { ...deps, parts };
  const deploying = changesTheOrg(settings) ? settings : void 0;
  return {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...deps.limits ? { limits: deps.limits } : {},
    connect: (transport, packageApiVersion) => connectForRun(settings, deps, transport, packageApiVersion),
    buildPackage: (s) => buildDeployPackage(s, deps),
    ...deploying ? {
      backup: (pkg, session) => guardThenBackup(
        () => runDriftGuard(deploying, stepDeps, pkg, session),
        () => runBackupStep(deploying, stepDeps, pkg, session)
      )
    } : {},
    annotate: (a) => parts.annotate({
      level: "notice",
      title: "Patch coverage",
      path: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      message: a.message
    }),
    onDeployId: (id) => {
      rememberId(id);
      parts.output("deploy-id", id);
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, String(settings.mode === "validate"));
    }
  };
}
function changesTheOrg(settings) {
  return settings.mode !== "report" && settings.mode !== "cancel";
}
async function finish(settings, outcome, deps, parts) {
  const report = await outcomeReport(settings, outcome, deps.env);
  const verdict = operationVerdict(outcome, settings.waitMinutes, report);
  const receipt = verdict.success && (settings.mode === "deploy" || settings.mode === "quick-deploy") ? await writeReceipt(
    outcome,
    {
      workspace: settings.workspace,
      resultsDir: settings.report.resultsDir,
      attest: settings.receipt?.attest ?? false
    },
    { ...deps, attester: () => deps.attester(settings.report.githubToken) }
  ) : void 0;
  if (outcome.submitted && outcome.deployId)
    deps.logger.info(
      `Submitted ${outcome.deployId} (wait: 0); follow it with mode: report and deploy-id: ${outcome.deployId}.`
    );
  return {
    verdict,
    outputs: {
      ...parts.outputs,
      ...outcome.package?.outputs ?? {},
      ...outcomeOutputs(outcome, verdict),
      ...report?.outputs ?? {},
      ...receipt ? { "receipt-path": receipt.path } : {},
      ...receipt?.attestation?.id ? { "receipt-attestation-id": receipt.attestation.id } : {},
      ...receipt?.attestation?.url ? { "receipt-attestation-url": receipt.attestation.url } : {}
    },
    summary: [...parts.summary, ...closingSections(outcome)],
    annotations: parts.annotations,
    ...report ? { report: { report: report.report, publish: report.publish } } : {}
  };
}
function closingSections(outcome) {
  if (outcome.submitted && outcome.deployId) {
    const host = outcome.instanceUrl ? new URL(outcome.instanceUrl).host : "";
    return [renderSubmitted(outcome.mode, outcome.deployId, host)];
  }
  if (outcome.nothingToDeploy)
    return [renderNothingToDeploy(outcome.nothingToDeploy, outcome.package?.sections ?? [])];
  return [];
}

// src/modes/push-upgrade/run-push-upgrade.ts
import { readFile as readFile4 } from "node:fs/promises";
import path15 from "node:path";

// src/modes/push-upgrade/push-csv.ts
function csvCell(value, text2 = true) {
  const safe = text2 && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csv(header2, rows) {
  return [header2, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
}
function toFailuresCsv(rows) {
  return csv(
    [
      "OrganizationId",
      "OrgName",
      "OrgType",
      "Instance",
      "InstalledVersion",
      "Outcome",
      "ErrorType",
      "ErrorTitle",
      "ErrorMessage",
      "SupportNumber"
    ],
    rows.map((r) => [
      csvCell(r.orgKey, false),
      csvCell(r.orgName),
      csvCell(r.orgType),
      csvCell(r.instance),
      csvCell(r.installedVersion),
      r.outcome,
      csvCell(r.errorType),
      csvCell(r.errorTitle),
      csvCell(r.message),
      csvCell(r.supportNumber, false)
    ])
  );
}
function toSelectionCsv(selection, versions) {
  const versionText = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]));
  const row = (orgKey, s, decision, reason) => [
    csvCell(orgKey, false),
    csvCell(s?.orgName ?? ""),
    csvCell(s?.orgType ?? ""),
    csvCell(s?.orgStatus ?? ""),
    csvCell(s?.instanceName ?? ""),
    csvCell(s ? versionText.get(orgKey15(s.versionId)) ?? s.versionId : ""),
    decision,
    csvCell(reason)
  ];
  return csv(
    [
      "OrganizationId",
      "OrgName",
      "OrgType",
      "OrgStatus",
      "Instance",
      "InstalledVersion",
      "Decision",
      "Reason"
    ],
    [
      ...selection.eligible.map((s) => row(s.orgKey, s, "Eligible", "")),
      ...selection.excluded.map((e) => row(e.orgKey, e.subscriber, "Left out", e.reason))
    ]
  );
}

// src/push-upgrade/group-failures.ts
var SAMPLE_ORGS = 5;
var SUPPORT_NUMBER = /\d+-\d+ \(-?\d+\)/;
var RECORD_ID2 = /\b[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\b/g;
function primaryError(job) {
  const chosen = job.errors.find((e) => e.severity.toLowerCase() === "error") ?? job.errors[0];
  return chosen ?? {
    severity: "Error",
    type: "Unknown",
    title: "No error details",
    message: "The org recorded no PackagePushError for this job.",
    details: ""
  };
}
function supportNumberOf(message) {
  return SUPPORT_NUMBER.exec(message)?.[0] ?? "";
}
function maskMessage(message) {
  return message.replace(new RegExp(SUPPORT_NUMBER.source, "g"), "<support number>").replace(RECORD_ID2, (id) => /\d/.test(id) && /[a-zA-Z]/.test(id) ? "<id>" : id);
}
function groupFailures(jobs, subscribers) {
  const groups = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const error = primaryError(job);
    const key3 = `${error.type}\0${error.title}`;
    let group = groups.get(key3);
    if (!group) {
      group = {
        type: error.type,
        title: error.title,
        count: 0,
        sampleOrgs: [],
        firstMessage: error.message,
        variants: 0,
        masked: /* @__PURE__ */ new Set()
      };
      groups.set(key3, group);
    }
    group.count++;
    group.masked.add(maskMessage(error.message));
    if (group.sampleOrgs.length < SAMPLE_ORGS)
      group.sampleOrgs.push(subscribers.get(orgKey15(job.orgKey))?.orgName || job.orgKey);
  }
  return [...groups.values()].map(({ masked, ...group }) => ({ ...group, variants: masked.size })).sort(
    (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.title.localeCompare(b.title)
  );
}
function failedOrgRows(jobs, rejected, subscribers, versions) {
  const versionById = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]));
  const base = (orgKey) => {
    const s = subscribers.get(orgKey15(orgKey));
    return {
      orgKey,
      orgName: s?.orgName ?? "",
      orgType: s?.orgType ?? "",
      instance: s?.instanceName ?? "",
      installedVersion: versionById.get(orgKey15(s?.versionId ?? "")) ?? ""
    };
  };
  const failed = jobs.map((job) => {
    const error = primaryError(job);
    return {
      ...base(job.orgKey),
      outcome: "Failed",
      errorType: error.type,
      errorTitle: error.title,
      message: error.message,
      supportNumber: supportNumberOf(error.message)
    };
  });
  const refused = rejected.map((r) => ({
    ...base(r.orgKey),
    outcome: "Rejected",
    errorType: r.statusCode,
    errorTitle: "Job not created",
    message: r.message,
    supportNumber: supportNumberOf(r.message)
  }));
  return [...failed, ...refused];
}

// src/push-upgrade/plan.ts
function pickTargetVersion(versions, target) {
  if (target.kind === "version-id") {
    const found = versions.find((v) => orgKey15(v.id) === orgKey15(target.versionId));
    if (!found)
      throw new ActionError(
        `package-version-id: ${target.versionId} is not a version of this package, or this user cannot see it.`
      );
    return requirePushable(found, "package-version-id");
  }
  const matching = versions.filter((v) => versionMatches(v.number, target.versionNumber));
  const released = matching.filter((v) => v.released && !v.deprecated);
  if (released.length === 1 && released[0]) return released[0];
  if (released.length > 1) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches ${released.length} released versions (${released.map(describe).join(", ")}); give the full number or package-version-id.`
    );
  }
  if (matching.length > 0) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches no released version, only ${matching.map(describe).join(", ")}; push a released, not deprecated version.`
    );
  }
  const known = [...versions].filter((v) => v.released && !v.deprecated).sort((a, b) => compareVersions(b.number, a.number)).slice(0, 5);
  throw new ActionError(
    `package-version: no version ${target.versionNumber} in package ${target.packageId}${known.length ? `; latest released: ${known.map((v) => v.numberText).join(", ")}` : ""}.`
  );
}
function requirePushable(version, input) {
  if (!version.released)
    throw new ActionError(
      `${input}: ${describe(version)} is a beta version; only released versions can be pushed.`
    );
  if (version.deprecated)
    throw new ActionError(`${input}: ${describe(version)} is deprecated and cannot be pushed.`);
  return version;
}
function describe(v) {
  return `${v.numberText} (${v.id}${v.released ? "" : ", beta"}${v.deprecated ? ", deprecated" : ""})`;
}
function checkStartTime(startTime, now) {
  if (startTime !== void 0 && Date.parse(startTime) < now) {
    throw new InputError([`start-time: ${startTime} is in the past; give a future time, or now.`]);
  }
}
var SAMPLE_SIZE = 3;
function groupEligible(eligible, versions) {
  const byId = new Map(versions.map((v) => [orgKey15(v.id), v]));
  const groups = /* @__PURE__ */ new Map();
  for (const s of eligible) {
    const version = byId.get(orgKey15(s.versionId));
    const versionText = version?.numberText ?? "unknown";
    const key3 = `${versionText}\0${s.orgType}`;
    let group = groups.get(key3);
    if (!group) {
      group = {
        versionText,
        orgType: s.orgType,
        count: 0,
        sample: [],
        order: version?.number ?? [0, 0, 0, 0]
      };
      groups.set(key3, group);
    }
    group.count++;
    if (group.sample.length < SAMPLE_SIZE) group.sample.push(s.orgName || s.orgKey);
  }
  return [...groups.values()].sort((a, b) => compareVersions(b.order, a.order) || a.orgType.localeCompare(b.orgType)).map(({ versionText, orgType, count, sample }) => ({ versionText, orgType, count, sample }));
}
function countExclusions(excluded) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
function countByInstance(eligible) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of eligible)
    counts.set(s.instanceName || "unknown", (counts.get(s.instanceName || "unknown") ?? 0) + 1);
  return [...counts.entries()].map(([instance, count]) => ({ instance, count })).sort((a, b) => b.count - a.count || a.instance.localeCompare(b.instance));
}

// src/modes/push-upgrade/push-summary.ts
var MAX_TABLE_ROWS = 50;
var MESSAGE_CHARS = 300;
var ICON = { passed: "\u2705", failed: "\u274C", unfinished: "\u23F3" };
function renderPushSummary(outcome, verdict, failThreshold, files = {}) {
  const subscribers = subscriberIndex(outcome);
  const lines = [
    ...header(outcome, verdict),
    ...countsSection(outcome, verdict, failThreshold),
    ...rejectedSection(outcome, subscribers),
    ...failureGroupsSection(outcome, subscribers),
    ...failedOrgsSection(outcome, subscribers, files),
    ...selectionSection(outcome, files),
    ...nextSteps(outcome, files)
  ];
  const text2 = lines.join("\n") + "\n";
  return byteLength(text2) <= JOB_SUMMARY_BUDGET_BYTES ? text2 : hardCut(
    text2,
    JOB_SUMMARY_BUDGET_BYTES,
    "_The summary was cut to fit the 1 MiB limit; the CSV files have every row._",
    byteLength
  );
}
function subscriberIndex(outcome) {
  const index = /* @__PURE__ */ new Map();
  for (const s of outcome.selection.eligible) index.set(orgKey15(s.orgKey), s);
  for (const e of outcome.selection.excluded)
    if (e.subscriber) index.set(orgKey15(e.orgKey), e.subscriber);
  return index;
}
function header(o, verdict) {
  const r = o.request;
  const rows = [
    [
      "Package",
      `${escapeTableCell(o.package.name)}${o.package.namespacePrefix ? ` (namespace ${codeSpan(o.package.namespacePrefix)})` : ""}`
    ],
    ["Target version", `${escapeTableCell(o.target.numberText)} ${codeSpan(o.target.id)}`],
    ...o.requestId ? [["Push request", codeSpan(o.requestId)]] : [],
    ...o.requestId ? [["Scheduled start", o.startTime ?? "as soon as it is Pending"]] : [],
    ...r?.startTime ? [["Actual start", r.startTime]] : [],
    ...r?.endTime ? [["End", r.endTime]] : [],
    ...r?.durationSeconds !== void 0 ? [["Duration", `${r.durationSeconds} s`]] : [],
    ...r ? [["Request status", STATUS_LABEL[r.status]]] : [],
    ["API version", o.apiVersion]
  ];
  const title = o.kind === "dry-run" ? "Push upgrade dry run" : "Push upgrade";
  return [
    `## ${ICON[verdict.result]} ${title}: ${escapeInline(o.package.name)} ${escapeInline(o.target.numberText)}`,
    "",
    escapeInline(verdict.message),
    "",
    ...table(["", ""], rows),
    "",
    ...o.notes.map((n) => `> ${escapeInline(n)}`),
    ...o.notes.length ? [""] : []
  ];
}
function countsSection(o, verdict, failThreshold) {
  const orgs = `Orgs: ${o.selection.eligible.length} eligible \xB7 ${o.scheduledCount} scheduled \xB7 ${o.rejected.length} refused at scheduling \xB7 ${o.selection.excluded.length} left out.`;
  if (!o.requestId || o.kind === "all-rejected") return [orgs, ""];
  const rows = PUSH_STATUSES.map((s) => [STATUS_LABEL[s], String(o.counts[s])]);
  const percent = verdict.failedPercent === void 0 ? "" : `Failed: ${Number(verdict.failedPercent.toFixed(2))} % of finished jobs; fail-threshold ${failThreshold} %.`;
  return [
    "### Jobs by status",
    "",
    ...table(["Status", "Jobs"], rows),
    "",
    orgs,
    ...percent ? ["", percent] : [],
    ""
  ];
}
function rejectedSection(o, subscribers) {
  if (o.rejected.length === 0) return [];
  const rows = o.rejected.slice(0, MAX_TABLE_ROWS).map((r) => [
    codeSpan(r.orgKey),
    escapeTableCell(subscribers.get(orgKey15(r.orgKey))?.orgName ?? ""),
    codeSpan(r.statusCode),
    escapeTableCell(clip(r.message))
  ]);
  return [
    `### Refused at scheduling (${o.rejected.length})`,
    "",
    ...table(["Org", "Name", "Code", "Message"], rows),
    ...more(o.rejected.length),
    ""
  ];
}
function failureGroupsSection(o, subscribers) {
  if (o.failedJobs.length === 0) return [];
  const groups = groupFailures(o.failedJobs, subscribers);
  const rows = groups.map((g) => [
    escapeTableCell(g.type),
    escapeTableCell(g.title),
    String(g.count),
    escapeTableCell(g.sampleOrgs.join(", ")),
    escapeTableCell(clip(g.firstMessage)) + (g.variants > 1 ? ` _(+${g.variants - 1} other messages)_` : "")
  ]);
  return [
    `### Failures by error (${groups.length} groups)`,
    "",
    ...table(["Error type", "Title", "Orgs", "Sample orgs", "First message"], rows),
    ""
  ];
}
function failedOrgsSection(o, subscribers, files) {
  if (o.failedJobs.length === 0) return [];
  const all = failedOrgRows(o.failedJobs, [], subscribers, o.versions);
  const rows = all.slice(0, MAX_TABLE_ROWS).map((r) => [
    codeSpan(r.orgKey),
    escapeTableCell(r.orgName),
    escapeTableCell(r.orgType),
    escapeTableCell(r.instance),
    escapeTableCell(r.installedVersion),
    escapeTableCell(`${r.errorType} / ${r.errorTitle}`),
    escapeTableCell(clip(r.message)),
    r.supportNumber ? codeSpan(r.supportNumber) : ""
  ]);
  const where = files.failures ? ` All of them are in ${codeSpan(files.failures)}.` : "";
  const heading2 = all.length > MAX_TABLE_ROWS ? `### Failed orgs (first ${MAX_TABLE_ROWS} of ${all.length})` : `### Failed orgs (${all.length})`;
  return [
    heading2,
    "",
    ...table(
      ["Org", "Name", "Type", "Instance", "Installed", "Error", "Message", "Support number"],
      rows
    ),
    "",
    ...where ? [where.trim(), ""] : []
  ];
}
function selectionSection(o, files) {
  const groups = groupEligible(o.selection.eligible, o.versions);
  const eligible = table(
    ["Installed version", "Org type", "Orgs", "e.g."],
    groups.map((g) => [
      escapeTableCell(g.versionText),
      escapeTableCell(g.orgType),
      String(g.count),
      escapeTableCell(g.sample.join(", "))
    ])
  );
  const instances = table(
    ["Instance", "Orgs"],
    countByInstance(o.selection.eligible).map((i) => [escapeTableCell(i.instance), String(i.count)])
  );
  const reasons = table(
    ["Reason", "Orgs"],
    countExclusions(o.selection.excluded).map((e) => [escapeTableCell(e.reason), String(e.count)])
  );
  const sample = table(
    ["Org", "Name", "Reason"],
    o.selection.excluded.slice(0, MAX_TABLE_ROWS).map((e) => [
      codeSpan(e.orgKey),
      escapeTableCell(e.subscriber?.orgName ?? ""),
      escapeTableCell(e.reason)
    ])
  );
  const where = files.selection ? [`Every org considered, with its decision: ${codeSpan(files.selection)}.`, ""] : [];
  const body2 = [
    ...eligible.length ? ["**Eligible orgs by installed version and org type**", "", ...eligible, ""] : ["No org is eligible.", ""],
    ...instances.length ? details("Eligible orgs by instance", instances) : [],
    ...reasons.length ? [`**Left out (${o.selection.excluded.length})**`, "", ...reasons, ""] : [],
    ...sample.length ? details(
      `Orgs left out${o.selection.excluded.length > MAX_TABLE_ROWS ? ` (first ${MAX_TABLE_ROWS})` : ""}`,
      sample
    ) : [],
    ...where
  ];
  if (o.kind === "dry-run" || o.kind === "cap-exceeded" || o.kind === "nothing-eligible")
    return ["### Selection", "", ...body2];
  return details("Selection: eligible and left-out orgs", body2);
}
function nextSteps(o, files) {
  const steps = [];
  if (o.kind === "cap-exceeded")
    steps.push(
      `Check the selection above; to push to all ${o.selection.eligible.length} orgs, set max-orgs to at least that number.`
    );
  if (o.kind === "dry-run") steps.push("Run again with dry-run: false to create the push.");
  if ((o.kind === "scheduled" || o.kind === "timed-out") && o.requestId)
    steps.push(
      `Push ${codeSpan(o.requestId)} keeps running in the org; follow it in Setup > Push Upgrade History.`
    );
  if (files.failures && (o.failedJobs.length > 0 || o.rejected.length > 0))
    steps.push(
      `To retry only the failed orgs once their problems are fixed, pass ${codeSpan(files.failures)} (from the artifact) as orgs-file.`
    );
  return steps.length ? ["### Next steps", "", ...steps.map((s) => `- ${s}`), ""] : [];
}
function clip(text2) {
  return text2.length > MESSAGE_CHARS ? `${text2.slice(0, MESSAGE_CHARS)}\u2026` : text2;
}
function more(total) {
  return total > MAX_TABLE_ROWS ? ["", `_\u2026and ${total - MAX_TABLE_ROWS} more in the CSV file._`] : [];
}

// src/push-upgrade/org-list.ts
var ORG_COLUMNS = ["organizationid", "orgkey", "subscriberorganizationkey", "orgid"];
function parseOrgList(text2, source) {
  const rows = parseCsv(text2.replace(/^\uFEFF/, "")).map((cells, index) => ({ cells: cells.map((c) => c.trim()), line: index + 1 })).filter((row) => row.cells.some((c) => c !== ""));
  const first = rows[0];
  if (!first) return { ids: [], problems: [`${source}: the file lists no org ids.`] };
  const isHeader = !isOrgId2(first.cells[0] ?? "") && (first.cells.length > 1 || !/^00D/.test(first.cells[0] ?? ""));
  const column = isHeader ? first.cells.findIndex((c) => ORG_COLUMNS.includes(c.toLowerCase())) : 0;
  if (column < 0) {
    return {
      ids: [],
      problems: [
        `${source}: the header row has no OrganizationId column (found ${first.cells.join(", ")}); name the org id column OrganizationId, or list one id per line.`
      ]
    };
  }
  const ids = [];
  const bad = [];
  for (const row of isHeader ? rows.slice(1) : rows) {
    const value = row.cells[column] ?? "";
    if (isOrgId2(value)) ids.push(value);
    else bad.push(`line ${row.line} ("${value.slice(0, 40)}")`);
  }
  const problems = bad.length === 0 ? [] : [
    `${source}: ${bad.slice(0, 10).join(", ")}${bad.length > 10 ? ` and ${bad.length - 10} more` : ""}: not an org id; expected 00D followed by 12 or 15 letters and digits.`
  ];
  return { ids, problems };
}
function parseCsv(text2) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted2 = false;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charAt(i);
    if (quoted2) {
      if (ch === '"' && text2.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted2 = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted2 = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text2.charAt(i + 1) === "\n") i++;
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

// src/push-upgrade/select-subscribers.ts
function selectSubscribers(input) {
  const versionsById = new Map(input.versions.map((v) => [orgKey15(v.id), v]));
  const excludedKeys = new Set(input.filters.exclude.map(orgKey15));
  const byKey2 = /* @__PURE__ */ new Map();
  for (const s of input.subscribers)
    if (!byKey2.has(orgKey15(s.orgKey))) byKey2.set(orgKey15(s.orgKey), s);
  const eligible = [];
  const excluded = [];
  for (const { key: key3, subscriber } of candidates(input.requested, byKey2)) {
    const reason = subscriber ? exclusionReason(subscriber, input, versionsById, excludedKeys) : "not a subscriber of this package";
    if (reason === void 0 && subscriber) eligible.push(subscriber);
    else
      excluded.push({
        orgKey: subscriber?.orgKey ?? key3,
        ...subscriber ? { subscriber } : {},
        reason: reason ?? ""
      });
  }
  return { eligible, excluded };
}
function candidates(requested, byKey2) {
  if (requested === void 0)
    return [...byKey2.entries()].map(([key3, subscriber]) => ({ key: key3, subscriber }));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const id of requested) {
    const key3 = orgKey15(id);
    if (seen.has(key3)) continue;
    seen.add(key3);
    out.push({ key: id, subscriber: byKey2.get(key3) });
  }
  return out;
}
function exclusionReason(s, input, versionsById, excludedKeys) {
  const { filters, target } = input;
  if (s.installedStatus !== "i") return "the package is not installed (uninstalled)";
  if (s.orgStatus === "Inactive") return "inactive orgs cannot receive push upgrades";
  if (s.blocksPushUpgrades) return "the subscriber blocks push upgrades of this package";
  if (!filters.orgStatuses.includes(s.orgStatus))
    return `org status ${s.orgStatus || "(none)"} is not in org-statuses`;
  if (!filters.orgTypes.includes(s.orgType))
    return `org type ${s.orgType || "(none)"} is not in org-types`;
  const installed = versionsById.get(orgKey15(s.versionId));
  if (!installed || !installed.released)
    return "installed version is a beta or unknown; cannot push";
  if (compareVersions(installed.number, target.number) >= 0) {
    return `already on ${installed.numberText}, at or above ${target.numberText}`;
  }
  if (filters.minVersion && compareVersions(installed.number, filters.minVersion) < 0) {
    return `installed ${installed.numberText} is below min-version`;
  }
  if (excludedKeys.has(orgKey15(s.orgKey))) return "listed in exclude-orgs";
  return void 0;
}

// src/push-upgrade/plan-push.ts
async function planPush(settings, ports) {
  const requested = await readRequestedOrgs(settings, ports);
  const target = await resolveTarget(settings, ports);
  const subscribers = await loadSubscribers(target.pkg.id, requested, ports);
  const selection = select(settings, target, subscribers, requested);
  ports.logger.info(
    `${selection.eligible.length} orgs eligible for ${target.version.numberText}; ${selection.excluded.length} left out.`
  );
  return baseOutcome(settings, target, selection, ports.apiVersion);
}
async function readRequestedOrgs(settings, ports) {
  const selection = settings.selection;
  if (selection.kind === "all") return void 0;
  if (!selection.orgsFile) return selection.orgs;
  let text2;
  try {
    text2 = await ports.readTextFile(selection.orgsFile);
  } catch (error) {
    throw new InputError([
      `orgs-file: cannot read ${selection.orgsFile} (${describeError(error)}); give a file inside the workspace.`
    ]);
  }
  const parsed = parseOrgList(text2, `orgs-file (${selection.orgsFile})`);
  if (parsed.problems.length > 0) throw new InputError(parsed.problems);
  return [...selection.orgs, ...parsed.ids];
}
async function resolveTarget(settings, ports) {
  const t = settings.target;
  const packageId = t.kind === "version-number" ? t.packageId : (await ports.api.readVersion(t.versionId))?.packageId;
  if (!packageId) {
    throw new ActionError(
      `package-version-id: no package version ${t.kind === "version-id" ? t.versionId : ""} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    );
  }
  const pkg = await ports.api.readPackage(packageId);
  if (!pkg)
    throw new ActionError(
      `package-id: no package ${packageId} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    );
  const versions = await ports.api.readVersions(packageId);
  return { pkg, version: pickTargetVersion(versions, t), versions };
}
function loadSubscribers(packageId, requested, ports) {
  return requested === void 0 ? ports.api.readAllSubscribers(packageId) : ports.api.readSubscribers(packageId, requested);
}
function select(settings, target, subscribers, requested) {
  const minVersion = settings.minVersion === void 0 ? void 0 : parseVersionNumber(settings.minVersion);
  return selectSubscribers({
    target: target.version,
    versions: target.versions,
    subscribers,
    ...requested ? { requested } : {},
    filters: {
      orgTypes: settings.orgTypes,
      orgStatuses: settings.orgStatuses,
      exclude: settings.excludeOrgs,
      ...minVersion ? { minVersion } : {}
    }
  });
}
function baseOutcome(settings, target, selection, apiVersion) {
  return {
    package: target.pkg,
    target: target.version,
    versions: target.versions,
    selection,
    maxOrgs: settings.maxOrgs,
    ...settings.startTime ? { startTime: settings.startTime } : {},
    scheduledCount: 0,
    rejected: [],
    counts: emptyCounts(),
    failedJobs: [],
    notes: [],
    apiVersion
  };
}

// src/push-upgrade/retry.ts
var ERROR_STREAK_BUDGET_MS = 5 * 6e4;
function withPushRetries(what, call, ports) {
  return withRetries(call, ports, { maxErrorStreakMs: ERROR_STREAK_BUDGET_MS }, what);
}

// src/push-upgrade/schedule-jobs.ts
var ALREADY_SCHEDULED = "DUPLICATE_VALUE";
var RETRYABLE_RECORD_CODES = /* @__PURE__ */ new Set(["UNABLE_TO_LOCK_ROW", "ALL_OR_NONE_OPERATION_ROLLED_BACK"]);
var MAX_BATCH_ATTEMPTS = 5;
async function scheduleJobs(requestId, orgKeys, ports) {
  const result2 = { scheduled: [], rejected: [], retriedBatches: 0 };
  const batches = chunk(orgKeys, MAX_RECORDS_PER_COLLECTION);
  for (const [index, batch] of batches.entries()) {
    const retried = await scheduleBatch(requestId, batch, ports, result2);
    if (retried) result2.retriedBatches++;
    if ((index + 1) % 10 === 0 || index === batches.length - 1) {
      ports.logger.info(
        `Push jobs: ${result2.scheduled.length} scheduled, ${result2.rejected.length} refused (${index + 1}/${batches.length} batches).`
      );
    }
  }
  return result2;
}
async function scheduleBatch(requestId, batch, ports, result2) {
  let pending = [...batch];
  let attempts2 = 0;
  while (pending.length > 0) {
    attempts2++;
    if (attempts2 > MAX_BATCH_ATTEMPTS) {
      throw new ActionError(
        `Could not create push jobs for ${pending.length} orgs after ${MAX_BATCH_ATTEMPTS} attempts (e.g. ${pending.slice(0, 3).join(", ")}).`
      );
    }
    if (attempts2 > 1) await ports.clock.sleep(transientRetryDelay(attempts2 - 1));
    pending = await sendBatch(requestId, pending, ports, result2);
  }
  return attempts2 > 1;
}
async function sendBatch(requestId, orgs, ports, result2) {
  let answers;
  try {
    answers = await ports.api.createJobs(requestId, orgs);
  } catch (error) {
    if (!(error instanceof TransientError)) throw error;
    ports.logger.warning(
      `Creating ${orgs.length} push jobs: ${error.message}; checking which jobs exist before sending again.`
    );
    const existing = new Set(
      (await withPushRetries(
        "Checking created jobs",
        () => ports.api.findJobOrgs(requestId, orgs),
        ports
      )).map(orgKey15)
    );
    result2.scheduled.push(...orgs.filter((o) => existing.has(orgKey15(o))));
    return orgs.filter((o) => !existing.has(orgKey15(o)));
  }
  const again = [];
  answers.forEach((answer, i) => {
    const org = orgs[i];
    if (answer.ok || answer.code === ALREADY_SCHEDULED) result2.scheduled.push(org);
    else if (RETRYABLE_RECORD_CODES.has(answer.code)) again.push(org);
    else result2.rejected.push({ orgKey: org, statusCode: answer.code, message: answer.message });
  });
  return again;
}

// src/push-upgrade/wait-for-push.ts
var FAST_POLL_MS = 1e4;
var FAST_POLLS = 12;
var SLOW_POLL_MS = 6e4;
var HEARTBEAT_MS2 = 10 * 6e4;
function pollDelay(poll) {
  return poll <= FAST_POLLS ? FAST_POLL_MS : SLOW_POLL_MS;
}
function allJobsEnded(counts) {
  return counts.created + counts.pending + counts["in-progress"] === 0;
}
async function waitForPush(requestId, waitMs, ports) {
  const deadline = ports.clock.now() + waitMs;
  let lastLine = "";
  let lastLineAt = -Infinity;
  for (let poll = 1; ; poll++) {
    await ports.clock.sleep(Math.max(0, Math.min(pollDelay(poll), deadline - ports.clock.now())));
    const request = await withPushRetries(
      "Reading the push request",
      () => ports.api.readRequest(requestId),
      ports
    );
    const counts = await withPushRetries(
      "Counting push jobs",
      () => ports.api.countJobs(requestId),
      ports
    );
    const line = progressLine(request, counts);
    if (line !== lastLine || ports.clock.now() - lastLineAt >= HEARTBEAT_MS2) {
      ports.logger.info(line);
      lastLine = line;
      lastLineAt = ports.clock.now();
    }
    if (isTerminal(request.status) || allJobsEnded(counts))
      return { request, counts, timedOut: false, polls: poll };
    if (ports.clock.now() >= deadline) return { request, counts, timedOut: true, polls: poll };
  }
}
function progressLine(request, counts) {
  const total = PUSH_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const ended = counts.succeeded + counts.failed + counts.canceled;
  const parts = PUSH_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${STATUS_LABEL[s]} ${counts[s]}`
  );
  return `Push ${request.id}: ${STATUS_LABEL[request.status]} \xB7 ${ended}/${total} ended \xB7 ${parts.join(" \xB7 ") || "no jobs"}`;
}

// src/push-upgrade/push-upgrade.ts
async function pushUpgrade(settings, waitMs, ports) {
  checkStartTime(settings.startTime, ports.clock.now());
  const planned = await planPush(settings, ports);
  const stop = stopBeforeCreating(planned, settings);
  if (stop) return { ...planned, kind: stop };
  const created = await createPush(planned, settings, ports);
  if (created.scheduledCount === 0) {
    await cancelRequest(created.requestId, "the org refused every job", ports);
    return { ...created, kind: "all-rejected" };
  }
  await startOrCancel(created.requestId, ports);
  return follow(created, waitMs, ports);
}
function stopBeforeCreating(planned, settings) {
  const eligible = planned.selection.eligible.length;
  if (eligible > settings.maxOrgs) return "cap-exceeded";
  if (settings.dryRun) return "dry-run";
  if (eligible === 0) return "nothing-eligible";
  return void 0;
}
async function createPush(planned, settings, ports) {
  const requestId = await ports.api.createRequest(planned.target.id, settings.startTime);
  ports.onRequestId(requestId);
  ports.logger.info(
    `Created push request ${requestId} for ${planned.package.name} ${planned.target.numberText}.`
  );
  const scheduled = await scheduleOrCancel(requestId, planned.selection.eligible, ports);
  const resent = `Job batches sent again: ${scheduled.retriedBatches} (lock errors, or an unknown outcome after a server error).`;
  return {
    ...planned,
    kind: "scheduled",
    requestId,
    scheduledCount: scheduled.scheduled.length,
    rejected: scheduled.rejected,
    notes: scheduled.retriedBatches > 0 ? [resent] : []
  };
}
async function scheduleOrCancel(requestId, eligible, ports) {
  try {
    return await scheduleJobs(
      requestId,
      eligible.map((s) => s.orgKey),
      ports
    );
  } catch (error) {
    await cancelRequest(requestId, "creating its jobs failed", ports);
    throw new ActionError(
      `Creating push jobs failed: ${describeError(error)} Push request ${requestId} was canceled.`
    );
  }
}
async function startOrCancel(requestId, ports) {
  try {
    await ports.api.setRequestStatus(requestId, "Pending");
  } catch (error) {
    await cancelRequest(requestId, "it could not be started", ports);
    throw new ActionError(
      `Starting push request ${requestId} failed: ${describeError(error)} It was canceled.`
    );
  }
  ports.logger.info(`Push request ${requestId} is Pending.`);
}
async function cancelRequest(requestId, why, ports) {
  try {
    await withPushRetries(
      "Canceling the push request",
      () => ports.api.setRequestStatus(requestId, "Canceled"),
      ports
    );
    ports.logger.info(`Canceled push request ${requestId}: ${why}.`);
  } catch (error) {
    ports.logger.warning(
      `Could not cancel push request ${requestId} (${describeError(error)}); abort it in Setup > Push Upgrade History.`
    );
  }
}
async function follow(outcome, waitMs, ports) {
  const requestId = outcome.requestId;
  const startsIn = outcome.startTime ? Date.parse(outcome.startTime) - ports.clock.now() : 0;
  if (waitMs === 0) return outcome;
  if (startsIn > waitMs)
    return {
      ...outcome,
      notes: [
        ...outcome.notes,
        `The push starts at ${outcome.startTime ?? ""}, after the wait ends; not waiting.`
      ]
    };
  const progress = await waitForPush(requestId, waitMs, ports);
  const failedJobs = progress.counts.failed > 0 ? await withPushRetries(
    "Reading failed jobs",
    () => ports.api.readFailedJobs(requestId),
    ports
  ) : [];
  return {
    ...outcome,
    kind: progress.timedOut ? "timed-out" : "finished",
    request: progress.request,
    counts: progress.counts,
    failedJobs
  };
}

// src/modes/push-upgrade/push-verdict.ts
function decidePushVerdict(outcome, failThreshold) {
  switch (outcome.kind) {
    case "cap-exceeded":
      return {
        result: "failed",
        message: `${outcome.selection.eligible.length} orgs are eligible, more than max-orgs (${outcome.maxOrgs}); nothing was created. Check the selection, then raise max-orgs to push to all of them.`
      };
    case "dry-run":
      return {
        result: "passed",
        message: `Dry run: ${outcome.selection.eligible.length} orgs would be pushed; nothing was created.`
      };
    case "nothing-eligible":
      return { result: "passed", message: "No org is eligible for this push; nothing was created." };
    case "all-rejected":
      return {
        result: "failed",
        message: `The org refused the push job of every selected org (${outcome.rejected.length}); the push request ${outcome.requestId ?? ""} was canceled.`
      };
    case "scheduled":
      return {
        result: "passed",
        message: `Push ${outcome.requestId ?? ""} is scheduled for ${outcome.scheduledCount} orgs${outcome.startTime ? ` at ${outcome.startTime}` : ""}; not waiting for it.`
      };
    case "timed-out":
      return {
        result: "unfinished",
        message: `The wait ended before push ${outcome.requestId ?? ""} finished; it keeps running in the org (${outcome.counts.succeeded} succeeded, ${outcome.counts.failed} failed so far).`
      };
    case "finished":
      return thresholdVerdict(outcome, failThreshold);
  }
}
function thresholdVerdict(outcome, failThreshold) {
  const { succeeded: succeeded2, failed } = outcome.counts;
  const finished = succeeded2 + failed;
  const failedPercent = finished === 0 ? 0 : failed / finished * 100;
  const shown = `${Number(failedPercent.toFixed(2))} %`;
  const over = failThreshold === 0 ? failed > 0 : failedPercent > failThreshold;
  const rejected = outcome.rejected.length > 0 ? `; refused at scheduling: ${outcome.rejected.length}` : "";
  if (over) {
    return {
      result: "failed",
      failedPercent,
      message: `${failed} of ${finished} orgs failed (${shown}), above the fail-threshold of ${failThreshold} %${rejected}.`
    };
  }
  return {
    result: "passed",
    failedPercent,
    message: `${succeeded2} of ${finished} orgs upgraded; ${failed} failed (${shown}, fail-threshold ${failThreshold} %)${rejected}.`
  };
}

// src/modes/push-upgrade/run-push-upgrade.ts
var MIN_PUSH_API_VERSION = 51;
var PUSH_FILE_NAMES = {
  failures: "push-failures.csv",
  selection: "push-selection.csv",
  summary: "push-summary.md"
};
async function runPushUpgrade(settings, deps) {
  const push = settings.push;
  const session = await connectForRun(settings, deps, "rest");
  if (Number(session.apiVersion) < MIN_PUSH_API_VERSION) {
    throw new ActionError(
      `Push upgrades need API ${MIN_PUSH_API_VERSION}.0 or later; this run uses ${session.apiVersion}. Set api-version to ${MIN_PUSH_API_VERSION}.0 or later (or leave it empty).`
    );
  }
  const api = createPushClient(createSalesforceRest(session.caller, session.apiVersion));
  const parts = new ResultParts();
  let outcome;
  try {
    outcome = await pushUpgrade(push, settings.waitMinutes * 6e4, {
      api,
      clock: deps.clock,
      logger: deps.logger,
      apiVersion: session.apiVersion,
      readTextFile: (file) => readFile4(file, "utf8"),
      onRequestId: (id) => {
        parts.output("push-request-id", id);
        deps.state.save(STATE.pushRequestId, id);
      }
    });
  } catch (error) {
    throw withParts(error, parts);
  } finally {
    deps.state.save(STATE.finished, "true");
  }
  const verdict = decidePushVerdict(outcome, push.failThreshold);
  const files = await writePushFiles(outcome, settings, deps.logger);
  const uploads = [files.failures, files.selection].filter((f) => f !== void 0);
  return {
    verdict: {
      success: verdict.result !== "failed",
      ...verdict.result === "failed" ? { message: verdict.message } : {},
      ...verdict.result === "unfinished" ? { unfinished: true } : {}
    },
    outputs: pushOutputs(outcome, files),
    summary: [
      renderPushSummary(
        outcome,
        verdict,
        push.failThreshold,
        relativeFiles(files, settings.workspace)
      )
    ],
    ...settings.report.uploadArtifact && uploads.length > 0 ? {
      artifact: {
        name: settings.report.artifactName,
        files: uploads,
        rootDirectory: resolveResultsDir(settings.workspace, settings.report.resultsDir)
      }
    } : {},
    ...verdict.result === "failed" ? {} : {
      closing: {
        level: verdict.result === "unfinished" ? "warning" : "info",
        message: verdict.message
      }
    }
  };
}
async function writePushFiles(outcome, settings, logger) {
  try {
    const dir = resolveResultsDir(settings.workspace, settings.report.resultsDir);
    await nodeFileSystem.mkdir(dir);
    const subscribers = new Map([...outcome.selection.eligible].map((s) => [orgKey15(s.orgKey), s]));
    const rows = failedOrgRows(outcome.failedJobs, outcome.rejected, subscribers, outcome.versions);
    const selection = path15.join(dir, PUSH_FILE_NAMES.selection);
    await nodeFileSystem.writeFile(selection, toSelectionCsv(outcome.selection, outcome.versions));
    if (rows.length === 0) return { selection };
    const failures = path15.join(dir, PUSH_FILE_NAMES.failures);
    await nodeFileSystem.writeFile(failures, toFailuresCsv(rows));
    return { selection, failures };
  } catch (error) {
    logger.warning(`Push report files not written: ${describeError(error)}`);
    return {};
  }
}
function relativeFiles(files, workspace) {
  const rel = (file) => file ? path15.relative(workspace, file) : void 0;
  const failures = rel(files.failures);
  const selection = rel(files.selection);
  return { ...failures ? { failures } : {}, ...selection ? { selection } : {} };
}
function pushOutputs(outcome, files) {
  const c = outcome.counts;
  return {
    ...outcome.requestId ? { "push-request-id": outcome.requestId } : {},
    "push-status": outcome.kind === "dry-run" ? "dry-run" : outcome.request ? STATUS_LABEL[outcome.request.status] : outcome.kind === "all-rejected" ? "Canceled" : outcome.requestId ? "Pending" : "none",
    "push-orgs-selected": String(outcome.selection.eligible.length),
    "push-orgs-scheduled": String(outcome.scheduledCount),
    "push-orgs-rejected": String(outcome.rejected.length),
    "push-succeeded": String(c.succeeded),
    "push-failed": String(c.failed),
    "push-canceled": String(c.canceled),
    "push-in-progress": String(c.created + c.pending + c["in-progress"]),
    ...files.failures ? { "push-failures-path": files.failures } : {}
  };
}

// src/modes/plan/run-plan.ts
import path16 from "node:path";

// src/modes/plan/quick-deploy-outlook.ts
function judgeOutlook(facts2) {
  const chosen = facts2.selection.chosen;
  if (!chosen) {
    const why = facts2.selection.passedOver.map((p) => p.reason);
    return {
      kind: "not-eligible",
      reason: why.length > 0 ? `no usable validation record of this package content: ${why.join("; ")}` : "no validation of this package content was recorded in this org; validate it first"
    };
  }
  const { record, source } = chosen;
  if (typeof facts2.validation === "string")
    return {
      kind: "unknown",
      reason: `the org could not confirm validation ${record.validationId}: ${facts2.validation}`
    };
  if (facts2.validation) {
    const problems = quickDeployProblems(facts2.validation, facts2.nowMs);
    if (problems.length > 0)
      return {
        kind: "not-eligible",
        validationId: record.validationId,
        reason: `validation ${record.validationId}: ${problems.join("; ")}`
      };
  }
  const validatedAt = facts2.validation?.completedDate?.toISOString() ?? record.validatedAt;
  const receipt = facts2.lastReceipt;
  if (receipt && Date.parse(receipt.deployedAt) > Date.parse(validatedAt))
    return {
      kind: "not-eligible",
      validationId: record.validationId,
      reason: `deploy ${receipt.deployId} reached the org at ${receipt.deployedAt}, after validation ${record.validationId} (${validatedAt}); the org refuses to quick-deploy a validation once another deploy has happened: validate again`
    };
  return {
    kind: "eligible",
    validationId: record.validationId,
    artifactName: source.artifactName,
    validatedAt,
    usableUntil: new Date(usableUntil(record)).toISOString(),
    expiresAt: new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString()
  };
}

// src/modes/plan/render-plan.ts
var COMMENT_LIMIT = 6e4;
function planMarker(key3) {
  return `<!-- salesforce-release-plan:v1 key=${key3.replace(/-->/g, "")} -->`;
}
function renderPlan(input) {
  return [...digest(input), ...details2(input)].join("\n") + "\n";
}
function renderPlanComment(input, key3, runUrl) {
  const head = [planMarker(key3), ...digest(input)].join("\n");
  const full = `${head}
${details2(input).join("\n")}
`;
  if (full.length <= COMMENT_LIMIT) return full;
  const pointer = runUrl ? `[the job summary](${runUrl})` : "the job summary";
  return `${head}

_The details do not fit in a comment; see ${pointer}._
`;
}
function digest(input) {
  const target = input.orgLabel ? codeSpan(input.orgLabel) : "the target org";
  return [
    `## \u{1F4CB} Release plan \xB7 ${input.orgLabel ? escapeInline(input.orgLabel) : "org not checked"}`,
    "",
    `Merging this pull request and deploying it to ${target} would:`,
    "",
    ...table(
      ["", ""],
      [
        ["Components", escapeTableCell(componentsLine(input))],
        ["Tests", escapeTableCell(testsLine(input.tests))],
        ["Drift since the last deploy", escapeTableCell(driftLine(input.drift))],
        ["Quick deploy on merge", escapeTableCell(quickDeployLine(input.quickDeploy))],
        ["Rollback package", escapeTableCell(rollbackLine(input.rollback))]
      ]
    ),
    "",
    `Nothing was deployed${input.contentHash ? `; package content hash ${codeSpan(input.contentHash.slice(0, 12))}` : ""}.`,
    "",
    ...input.unchecked.length > 0 ? ["**Not checked**", "", ...input.unchecked.map((u) => `- ${escapeInline(u)}`), ""] : []
  ];
}
function details2(input) {
  return [
    ...input.changeSection ? [input.changeSection] : [],
    ...input.packageSections,
    ..."section" in input.drift ? [input.drift.section] : []
  ];
}
function componentsLine(input) {
  const total = `${input.components} component${input.components === 1 ? "" : "s"}${input.deletions > 0 ? ` and ${input.deletions} deletion${input.deletions === 1 ? "" : "s"}` : ""}`;
  if (!input.changes) return `${total} (not compared with the org)`;
  const counts = countStates2(input.changes);
  return `${counts.new} new, ${counts.changed} changed, ${counts.deleted} deleted, ${counts.unchanged} unchanged (${total})`;
}
function countStates2(changes2) {
  const counts = { new: 0, changed: 0, unchanged: 0, deleted: 0 };
  for (const c of changes2) counts[c.state]++;
  return counts;
}
function testsLine(tests) {
  if (tests.classes.length === 0) return `${tests.level} (${tests.why})`;
  const shown = tests.classes.slice(0, 20).join(", ");
  const more2 = tests.classes.length > 20 ? `, and ${tests.classes.length - 20} more` : "";
  return `${tests.level}: ${shown}${more2} (${tests.why})`;
}
function driftLine(drift) {
  if ("unchecked" in drift) return `not checked: ${drift.unchecked}`;
  return drift.count === 0 ? "none" : `\u26A0\uFE0F ${drift.count} component${drift.count === 1 ? "" : "s"} changed in the org since the last deploy (below)`;
}
function quickDeployLine(outlook) {
  switch (outlook.kind) {
    case "eligible":
      return `\u2705 possible: validation ${outlook.validationId} (${outlook.validatedAt}) of exactly this content; used until ${outlook.usableUntil}, the org's limit is ${outlook.expiresAt}`;
    case "not-eligible":
      return `\u274C not possible: ${outlook.reason}`;
    case "unknown":
      return `\u2754 unknown: ${outlook.reason}`;
    case "unchecked":
      return `not checked: ${outlook.reason}`;
  }
}
function rollbackLine(rollback) {
  if ("unchecked" in rollback) return `not checked: ${rollback.unchecked}`;
  return rollback.ready ? `\u2705 will be ready: the deploy backs up the org first (${rollback.why})` : `\u274C none: ${rollback.why}`;
}

// src/modes/plan/run-plan.ts
var COMMENT_KEY = "release-plan";
async function runPlanMode(settings, deps) {
  const env = deps.env;
  const context = readRunContext(env, readEventPayload(env));
  const pkg = await buildDeployPackage(settings, deps);
  for (const warning of pkg.warnings) deps.logger.warning(warning);
  const files = unzipEntries(pkg.zip, "deploy package");
  const manifest = packageMembers(files);
  const base = {
    ...pkg.contentHash ? { contentHash: pkg.contentHash } : {},
    components: manifest.members.length,
    deletions: manifest.deletions.length,
    tests: testsOf2(settings, pkg),
    packageSections: pkg.sections ?? [],
    drift: { unchecked: "no credentials for the org" },
    quickDeploy: { kind: "unchecked", reason: "no credentials for the org" },
    rollback: { unchecked: "no credentials for the org" },
    unchecked: []
  };
  const outputs = {
    ...pkg.contentHash ? { "content-hash": pkg.contentHash } : {}
  };
  const plan = settings.auth ? await withOrg(settings, deps, pkg, files, base, outputs) : {
    ...base,
    unchecked: [
      "The org: this run has no credentials (pull requests from forks get no secrets), so the changes against the org, drift, quick-deploy eligibility and the rollback package were not checked. The components and tests above come from the repository alone."
    ]
  };
  const comment = planComment(settings, context, plan);
  const summary = renderPlan(plan) + ("note" in comment ? `
> ${comment.note}
` : "");
  return {
    verdict: { success: true },
    outputs,
    summary: [redact(summary)],
    ..."comment" in comment ? { comment: comment.comment } : {},
    closing: {
      level: "info",
      message: "Release plan written to the job summary; nothing was deployed."
    }
  };
}
async function withOrg(settings, deps, pkg, files, base, outputs) {
  const session = await connectForRun(settings, deps, "soap", pkg.apiVersion);
  const wait = waitOptionsFrom(settings, deps.random);
  const ports = {
    api: createSoapRetrieveApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger
  };
  const manifest = packageMembers(files);
  const requested = [...manifest.members, ...manifest.deletions];
  const retrieved = await retrieveComponents(requested, ports, {
    apiVersion: session.apiVersion,
    wait,
    estimate: estimateFromPackage(files, requested)
  });
  const changes2 = compareWithOrg({
    packageFiles: files,
    orgFiles: retrieved.files,
    members: retrieved.members,
    deletions: manifest.deletions,
    existing: retrieved.existing
  });
  const counts = countChanges(changes2);
  Object.assign(outputs, {
    "changes-new": String(counts.new),
    "changes-changed": String(counts.changed),
    "changes-unchanged": String(counts.unchanged),
    "changes-deleted": String(counts.deleted)
  });
  const unchecked = [];
  const orgId = session.connection.orgId;
  const found = orgId ? await findReceipt(settings, deps, orgId, unchecked) : void 0;
  let drift = { unchecked: "the sign-in did not tell the org id" };
  if (settings.drift?.choice === "off") drift = { unchecked: "drift: off" };
  else if (found?.receipt) {
    const report = await detectDrift(
      { receipt: found.receipt, packageFiles: files, apiVersion: session.apiVersion, wait },
      ports
    );
    outputs["drifted-components"] = String(report.drifted.length);
    drift = {
      count: report.drifted.length,
      section: renderDriftSection({
        report,
        receipt: found.receipt,
        source: found.source ?? "receipt",
        level: "report",
        passedOver: found.passedOver
      })
    };
  } else if (found) drift = { unchecked: "no deploy receipt of this org was found" };
  return {
    ...base,
    orgLabel: new URL(session.connection.instanceUrl).host,
    changes: changes2,
    changeSection: renderChangeSummary({
      changes: changes2,
      notes: retrieved.notes,
      heading: "###"
    }),
    drift,
    quickDeploy: await quickDeployOutlook(settings, deps, pkg, session, orgId, found),
    rollback: await rollbackOutlook(settings, session.caller, session.apiVersion),
    unchecked
  };
}
async function findReceipt(settings, deps, orgId, unchecked) {
  const baseline = settings.drift?.baseline;
  const finder = baseline ? fileReceiptFinder(baseline, path16.relative(settings.workspace, baseline)) : artifactReceiptFinder({
    ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
    ...deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {},
    octokit: deps.octokit
  });
  try {
    return await finder.newest(orgId);
  } catch (error) {
    unchecked.push(`Drift: the deploy receipts could not be read (${describeError(error)}).`);
    return void 0;
  }
}
async function quickDeployOutlook(settings, deps, pkg, session, orgId, receipts) {
  if (!pkg.contentHash || !orgId)
    return { kind: "unknown", reason: "the package has no content hash or the org id is not known" };
  const repository = deps.env.GITHUB_REPOSITORY ?? "";
  try {
    const found = await createRestRecordFinder({
      ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
      ...repository ? { repository } : {},
      octokit: deps.octokit
    }).find(recordArtifactName(pkg.contentHash, orgId));
    const nowMs = deps.clock.now();
    const selection = selectRecord(found, {
      contentHash: pkg.contentHash,
      orgId,
      nowMs,
      repository,
      trust: settings.quickDeployMatch.trust
    });
    const id = selection.chosen?.record.validationId;
    const validation = id ? await withRetries(
      () => session.api.checkDeployStatus(id, false),
      { clock: deps.clock, logger: deps.logger },
      waitOptionsFrom(settings, deps.random)
    ).catch((error) => describeError(error)) : void 0;
    return judgeOutlook({
      selection,
      ...validation ? { validation } : {},
      ...receipts?.receipt ? { lastReceipt: receipts.receipt } : {},
      nowMs
    });
  } catch (error) {
    return {
      kind: "unknown",
      reason: `validation records could not be read (${describeError(error)})`
    };
  }
}
async function rollbackOutlook(settings, caller, apiVersion) {
  const choice = settings.retrieve.backup;
  const decision = await decideBackup(choice, () => queryIsProduction(caller, apiVersion));
  return { ready: decision.on, why: decision.reason };
}
function testsOf2(settings, pkg) {
  const chosen = pkg.tests;
  const level = chosen?.testLevel ?? settings.deployOptions.testLevel;
  const classes = chosen?.runTests ?? settings.deployOptions.runTests ?? [];
  const why = chosen ? "chosen by run-tests: auto for the Apex code the delta changes (see below)" : level ? "from test-level" : "no test-level given: the org decides (production runs local tests, other orgs none)";
  return { level: level ?? "the org's default", classes, why };
}
function planComment(settings, context, plan) {
  if (!context?.prNumber) return { note: "No pull request: the plan is in this summary only." };
  if (context.readOnly || !settings.report.githubToken)
    return {
      note: `The plan could not be posted on the pull request (${context.readOnlyReason ?? "no github-token"}).`
    };
  return {
    comment: {
      token: settings.report.githubToken,
      request: {
        owner: context.owner,
        repo: context.repo,
        issueNumber: context.prNumber,
        body: renderPlanComment(plan, COMMENT_KEY, context.runUrl),
        marker: planMarker(COMMENT_KEY)
      }
    }
  };
}

// src/modes/retrieve/run-retrieve-mode.ts
import { readFile as readFile5, writeFile as writeFile6 } from "node:fs/promises";
import path17 from "node:path";

// src/modes/retrieve/retrieve-summary.ts
function retrievedPackage(retrieved, version) {
  const found = retrieved.members.filter((m) => retrieved.existing.has(refKey(m)));
  const files = new Map(retrieved.files);
  files.set("package.xml", encodeUtf8(buildPackageXml(found, version)));
  return new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function renderRetrieveSummary(input) {
  const { retrieved } = input;
  const found = retrieved.members.filter((m) => retrieved.existing.has(refKey(m)));
  const where = "name" in input.artifact ? `, uploaded as artifact ${codeSpan(input.artifact.name)}` : "";
  const lines = [
    `## \u2705 Retrieve from ${escapeInline(input.orgLabel)}`,
    "",
    `Retrieved ${found.length} component${found.length === 1 ? "" : "s"} (${retrieved.files.size} files) in ${retrieved.retrieveIds.length} request${retrieved.retrieveIds.length === 1 ? "" : "s"} into ${codeSpan(input.dir)} and ${codeSpan(input.zip)}${where}.`,
    "",
    ...missingList(retrieved.missing),
    ...retrieved.messages.map(
      (m) => `> \u26A0\uFE0F ${escapeInline(m.fileName)}: ${escapeInline(m.problem)}`
    ),
    ...retrieved.notes.map((n) => `> ${escapeInline(n)}`),
    ""
  ];
  const changes2 = input.changes ? [renderChangeSummary({ changes: input.changes, heading: "###" })] : [];
  return [lines.join("\n"), ...changes2].join("\n");
}
function missingList(missing) {
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 100).map((m) => `- ${escapeInline(m.type)} ${codeSpan(m.fullName)}`);
  const more2 = missing.length > 100 ? [`- \u2026 and ${missing.length - 100} more`] : [];
  return [`**Not in the org** (${missing.length})`, "", ...shown, ...more2, ""];
}

// src/modes/retrieve/run-retrieve-mode.ts
async function runRetrieveMode(settings, deps) {
  const wanted = await readWanted(settings, deps);
  if (wanted.members.length === 0)
    throw new ActionError("Nothing to retrieve: the manifest lists no members.");
  const session = await connectForRun(settings, deps, "soap", wanted.version);
  const retrieved = await retrieveComponents(
    wanted.members,
    {
      api: createSoapRetrieveApi(session.caller, session.apiVersion),
      clock: deps.clock,
      logger: deps.logger
    },
    {
      apiVersion: session.apiVersion,
      wait: waitOptionsFrom(settings, deps.random),
      ...deps.retrieveLimits ? { limits: deps.retrieveLimits } : {}
    }
  );
  const files = retrievedPackage(retrieved, wanted.version ?? session.apiVersion);
  const store = createFolderStore({
    dir: path17.join(settings.report.resultsDir, "retrieve"),
    workspace: settings.workspace,
    ...settings.report.uploadArtifact ? { artifactName: `${settings.report.artifactName}-retrieve` } : {},
    uploader: deps.artifactUploader
  });
  const dir = await store.write(files);
  const zipPath = path17.join(settings.report.resultsDir, "retrieve.zip");
  await writeFile6(zipPath, await zipPackage(files));
  const artifact = await store.upload();
  for (const m of retrieved.missing)
    deps.logger.warning(`${m.type} ${m.fullName} is not in the org.`);
  const changes2 = wanted.packageFiles ? compareWithOrg({
    packageFiles: wanted.packageFiles,
    orgFiles: retrieved.files,
    members: retrieved.members,
    existing: retrieved.existing
  }) : void 0;
  const zip = path17.relative(settings.workspace, zipPath).split(path17.sep).join("/");
  const summary = renderRetrieveSummary({
    orgLabel: new URL(session.connection.instanceUrl).host,
    retrieved,
    dir,
    zip,
    artifact,
    ...changes2 ? { changes: changes2 } : {}
  });
  const counts = changes2 ? countChanges(changes2) : void 0;
  return {
    verdict: { success: true },
    summary: [summary],
    outputs: {
      "retrieve-dir": dir,
      "retrieve-zip": zip,
      "results-dir": settings.report.resultsDir,
      ...counts ? {
        "changes-new": String(counts.new),
        "changes-changed": String(counts.changed),
        "changes-unchanged": String(counts.unchanged)
      } : {}
    }
  };
}
async function readWanted(settings, deps) {
  const manifest = settings.retrieve.manifest;
  if (manifest) {
    let text2;
    try {
      text2 = decodeUtf8(await readFile5(manifest));
    } catch (error) {
      throw new ActionError(
        `retrieve-manifest: ${manifest} cannot be read (${error.code ?? "error"}); give the path of a package.xml in the workspace.`
      );
    }
    try {
      const parsed = parsePackageXml(text2, path17.relative(settings.workspace, manifest));
      return { members: parsed.members, ...parsed.version ? { version: parsed.version } : {} };
    } catch (error) {
      if (error instanceof BuildError) throw new ActionError(`retrieve-manifest: ${error.message}`);
      throw error;
    }
  }
  const pkg = await buildDeployPackage(settings, deps);
  const packageFiles = unzipEntries(pkg.zip, "package");
  const members = packageMembers(packageFiles);
  return {
    members: members.members,
    ...members.version ? { version: members.version } : {},
    packageFiles
  };
}

// src/modes/sync/run-sync.ts
import path18 from "node:path";

// src/sync/git-renames.ts
function parseRenames(output) {
  const fields = output.split("\0");
  const pairs = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i++] ?? "";
      const to = fields[i++] ?? "";
      if (status.startsWith("R")) pairs.push({ from, to });
      continue;
    }
    i++;
  }
  return pairs;
}
function componentOfPath2(path21, registry) {
  const segments = path21.split("/");
  const base = (segments.at(-1) ?? "").replace(/-meta\.xml$/, "");
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const name = base.slice(0, dot);
  const suffix = base.slice(dot + 1);
  const child = registry.childBySuffix.get(suffix) ?? // Decomposed children (fields/X.field-meta.xml) are told by their folder and suffix.
  [...registry.children.values()].find(
    (c) => c.suffix === suffix && c.directoryName === segments.at(-2)
  );
  if (child) {
    if (child.ignoreParentName) return { type: child.name, fullName: name };
    const parent = segments.at(-3);
    return parent ? { type: child.name, fullName: `${parent}.${name}` } : void 0;
  }
  const type = registry.bySuffix.get(suffix);
  return type ? { type: type.name, fullName: name } : void 0;
}
function renamesOf(pairs, registry) {
  const renames = [];
  for (const pair of pairs) {
    const from = componentOfPath2(pair.from, registry);
    const to = componentOfPath2(pair.to, registry);
    if (!from || !to || from.type !== to.type || from.fullName === to.fullName) continue;
    if (!renames.some((r) => r.type === from.type && r.from === from.fullName))
      renames.push({ type: from.type, from: from.fullName, to: to.fullName });
  }
  return renames;
}
async function gitRenames(workspace, base, to, registry) {
  const out = await git(workspace, [
    "diff",
    "--name-status",
    "-z",
    "-M",
    "--relative",
    "--no-ext-diff",
    "--no-textconv",
    base,
    to
  ]);
  return renamesOf(parseRenames(out), registry);
}

// src/tooling/compile-model.ts
var MEMBER_TYPES = [
  "ApexClass",
  "ApexTrigger",
  "ApexPage",
  "ApexComponent"
];
function isTerminal2(state) {
  return state !== "Queued" && state !== "Unknown";
}

// src/tooling/classify-files.ts
var META2 = "-meta.xml";
function classifyFiles(files, registry) {
  return files.map((f) => classifyFile(f, registry));
}
function classifyFile(file, registry) {
  const base = file.path.slice(file.path.lastIndexOf("/") + 1);
  const isMeta = base.endsWith(META2);
  const stem = isMeta ? base.slice(0, -META2.length) : base;
  const dot = stem.lastIndexOf(".");
  const suffix = dot > 0 ? stem.slice(dot + 1) : "";
  const type = registry.bySuffix.get(suffix)?.name;
  const member = MEMBER_TYPES.find((t) => t === type);
  const name = stem.slice(0, dot);
  if (file.change === "deleted")
    return { kind: "deleted", path: file.path, ...member ? { type: member, name } : {} };
  if (!member) return { kind: "other", path: file.path };
  return { kind: isMeta ? "meta-only" : "member", path: file.path, type: member, name };
}
function metaPathOf(path21) {
  return `${path21}${META2}`;
}

// src/tooling/container-name.ts
var CONTAINER_NAME_MAX = 32;
var PREFIX2 = "gha";
var RANDOM_CHARS = 6;
var ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
function containerName(runId, runAttempt2, random) {
  let suffix = "";
  for (let i = 0; i < RANDOM_CHARS; i++)
    suffix += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? "x";
  const attempt = clean(runAttempt2) || "1";
  const room = CONTAINER_NAME_MAX - PREFIX2.length - attempt.length - suffix.length - 3;
  const run2 = (clean(runId) || "local").slice(-room);
  return `${PREFIX2}-${run2}-${attempt}-${suffix}`;
}
function clean(value) {
  return (value ?? "").replace(/[^A-Za-z0-9]/g, "");
}

// src/tooling/poll-delay.ts
var FAST_PHASE_MS = 1e4;
var FAST_MS = 1e3;
var SLOW_MS = 2e3;
var COMPILE_POLL_CAP_MS = 5e3;
function compilePollDelay(elapsedMs, capMs) {
  const base = elapsedMs < FAST_PHASE_MS ? FAST_MS : SLOW_MS;
  return Math.min(base, capMs, COMPILE_POLL_CAP_MS);
}

// src/tooling/compile-attempt.ts
var MEMBER_PARALLELISM = 4;
async function runAttempt(members, entities, options, ports) {
  const { id: containerId, name } = await createContainer(options, ports);
  const record = { containerName: name, containerId, cleanup: "not attempted" };
  ports.onIds({ containerId });
  try {
    const memberProblem = await createMembers(containerId, members, entities, ports);
    if (memberProblem) return { record: { ...record, stoppedBecause: memberProblem } };
    const requestId = await ports.tooling.submit(containerId, options.checkOnly);
    record.requestId = requestId;
    ports.onIds({ containerId, requestId });
    ports.logger.info(
      `Submitted ContainerAsyncRequest ${requestId} (${options.checkOnly ? "check only" : "compile and save"}).`
    );
    const waited = await waitForRequest(requestId, options, ports);
    Object.assign(record, waited.record);
    return { record, ...waited.status ? { status: waited.status } : {} };
  } finally {
    record.cleanup = await deleteContainer(containerId, ports);
  }
}
async function createContainer(options, ports) {
  for (let tries = 1; ; tries++) {
    const name = containerName(options.runId, options.runAttempt, ports.random);
    try {
      const id = await ports.tooling.createContainer(name);
      ports.logger.info(`Created MetadataContainer ${name} (${id}).`);
      return { id, name };
    } catch (error) {
      if (!(error instanceof ContainerNameTaken) || tries >= 2) throw error;
      ports.logger.warning(
        `MetadataContainer name ${name} is taken (${error.message}); trying another name.`
      );
    }
  }
}
async function createMembers(containerId, members, entities, ports) {
  for (let i = 0; i < members.length; i += MEMBER_PARALLELISM) {
    const batch = members.slice(i, i + MEMBER_PARALLELISM);
    const results = await Promise.allSettled(
      batch.map((m) => ports.tooling.createMember(containerId, m, entities.get(m.path)?.id ?? ""))
    );
    const failed = results.findIndex((r) => r.status === "rejected");
    const reason = results[failed];
    if (reason?.status === "rejected") return explainMemberFailure(batch[failed], reason.reason);
  }
  return void 0;
}
function explainMemberFailure(member, error) {
  if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error;
  const what = `creating the ${member?.type ?? "Apex"}Member for ${member?.name ?? "?"} failed: ${describeError(error)}`;
  const hint = error instanceof ApiError && /NOT_FOUND|INSUFFICIENT_ACCESS/.test(error.code) ? " (the user likely lacks View All Data and Author Apex)" : "";
  return `${what}${hint}`;
}
async function waitForRequest(id, options, ports) {
  const submitted = ports.clock.now();
  let last;
  for (; ; ) {
    const elapsed = ports.clock.now() - submitted;
    const stop = ports.cancelled() ? "the job was cancelled" : elapsed >= options.timeoutMs ? `timed out after ${Math.round(elapsed / 1e3)} s in ${last?.state ?? "Queued"}` : void 0;
    if (stop) return abortRequest(id, stop, last, ports);
    await ports.clock.sleep(
      Math.min(
        compilePollDelay(elapsed, options.pollCapMs),
        Math.max(0, options.timeoutMs - elapsed)
      )
    );
    const status = await readStatus(id, ports);
    if (!status) continue;
    if (status.state === "Unknown")
      ports.logger.warning(`Unexpected State "${status.rawState}"; still polling.`);
    last = status;
    if (isTerminal2(status.state)) {
      const queueMs = ports.clock.now() - submitted;
      ports.logger.info(
        `ContainerAsyncRequest ${id}: ${status.state} after ${(queueMs / 1e3).toFixed(1)} s.`
      );
      return {
        record: {
          state: status.state,
          queueMs,
          ...status.errorMsg ? { errorMsg: status.errorMsg } : {}
        },
        status
      };
    }
  }
}
async function readStatus(id, ports) {
  try {
    return await ports.tooling.readRequest(id);
  } catch (error) {
    if (!(error instanceof TransientError)) throw error;
    ports.logger.warning(`Reading ContainerAsyncRequest ${id}: ${error.message}; polling again.`);
    return void 0;
  }
}
async function abortRequest(id, reason, last, ports) {
  ports.logger.warning(`Stopping ContainerAsyncRequest ${id}: ${reason}; setting State to Aborted.`);
  try {
    await ports.tooling.abortRequest(id);
  } catch (error) {
    if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error;
    ports.logger.warning(`Could not abort ${id}: ${error.message}`);
  }
  const final = await readStatus(id, ports) ?? last;
  return {
    record: { stoppedBecause: reason, ...final ? { state: final.state } : {} },
    ...final ? { status: final } : {}
  };
}
async function deleteContainer(id, ports) {
  for (let tries = 1; ; tries++) {
    try {
      await ports.tooling.deleteContainer(id);
      ports.logger.info(`Deleted MetadataContainer ${id}.`);
      return true;
    } catch (error) {
      if (error instanceof TransientError && tries < 3) continue;
      const message = error instanceof ActionError ? error.message : describeError(error);
      ports.logger.warning(
        `Could not delete MetadataContainer ${id}: ${message}. Delete it in the org (Tooling API) to keep names free.`
      );
      return message;
    }
  }
}

// src/tooling/member-metadata.ts
var NUMERIC = /* @__PURE__ */ new Set(["apiVersion", "majorNumber", "minorNumber"]);
var BOOLEAN = /* @__PURE__ */ new Set(["availableInTouch", "confirmationTokenRequired"]);
var LISTS = /* @__PURE__ */ new Set(["packageVersions"]);
function memberMetadata(metaXml, path21) {
  const doc = parseXml2(metaXml, LISTS);
  const root = Object.entries(doc).find(([key3]) => !key3.startsWith("?"))?.[1];
  if (typeof root !== "object" || root === null)
    throw new Error(`${path21}: expected one root element such as <ApexClass>.`);
  return convert(root);
}
function convert(node) {
  const out = {};
  for (const [key3, value] of Object.entries(node)) {
    if (key3.startsWith("@_") || key3 === "#text") continue;
    out[key3] = Array.isArray(value) ? value.map((v) => leaf(key3, v)) : leaf(key3, value);
  }
  return out;
}
function leaf(key3, value) {
  if (typeof value === "object" && value !== null) return convert(value);
  const text2 = String(value).trim();
  if (NUMERIC.has(key3) && text2 !== "" && Number.isFinite(Number(text2))) return Number(text2);
  if (BOOLEAN.has(key3)) return text2 === "true";
  return text2;
}

// src/tooling/compile.ts
var RETRY_BACKOFF_MS = 2e3;
async function compileChanges(request, ports) {
  const started = ports.clock.now();
  const files = classifyFiles(request.files, defaultRegistry());
  const org = await ports.tooling.readOrg();
  const base = { checkOnly: request.checkOnly, org, files, started };
  const route = chooseRoute(org, files, request.checkOnly);
  if (route.api === "refused") return finish2(base, { method: "none", refused: route.reason }, ports);
  if (route.api === "metadata-api") return fallBack2(base, route.reasons, [], request, ports);
  const members = await readMembers(route.members, ports.source);
  const entities = await lookUpEntities(members, org, ports);
  if (entities.reasons.length > 0) return fallBack2(base, entities.reasons, [], request, ports);
  const tooling = await compileWithRetry(members, entities.matched, request, ports);
  if (tooling.reason) return fallBack2(base, [tooling.reason], tooling.attempts, request, ports);
  return finish2(
    base,
    {
      method: "tooling",
      attempts: tooling.attempts,
      ...tooling.final ? { final: tooling.final } : {}
    },
    ports
  );
}
async function readMembers(list2, source) {
  return Promise.all(
    list2.map(async (m) => {
      const body2 = decodeUtf8(await source.readFile(m.path));
      const metaPath = metaPathOf(m.path);
      const metadata = await source.exists(metaPath) ? memberMetadata(decodeUtf8(await source.readFile(metaPath)), metaPath) : void 0;
      return { ...m, body: body2, ...metadata ? { metadata } : {} };
    })
  );
}
async function lookUpEntities(members, org, ports) {
  const found = [];
  for (const type of new Set(members.map((m) => m.type))) {
    found.push(
      ...await ports.tooling.findEntities(
        type,
        members.filter((m) => m.type === type).map((m) => m.name)
      )
    );
  }
  return matchEntities(members, found, org.namespacePrefix);
}
async function compileWithRetry(members, entities, request, ports) {
  const attempts2 = [];
  for (let retried = false; ; retried = true) {
    const { record, status } = await runAttempt(members, entities, request, ports);
    attempts2.push(record);
    if (!status)
      return {
        attempts: attempts2,
        ...record.stoppedBecause && !record.requestId ? { reason: record.stoppedBecause } : {}
      };
    if (!record.stoppedBecause && shouldRetry(status, retried)) {
      ports.logger.warning(
        `The request ended ${status.state}${status.errorMsg ? ` (${status.errorMsg})` : ""}; retrying once with a fresh container.`
      );
      await ports.clock.sleep(RETRY_BACKOFF_MS);
      continue;
    }
    const reason = record.stoppedBecause ? void 0 : reasonAfterRequest(status, retried);
    return { attempts: attempts2, final: status, ...reason ? { reason } : {} };
  }
}
async function fallBack2(base, reasons, attempts2, request, ports) {
  if (request.fallback === "fail") {
    const refused = `The Tooling API cannot compile these files and compile-fallback is fail: ${reasons.join("; ")}.`;
    return finish2(base, { method: "none", attempts: attempts2, fallbackReasons: reasons, refused }, ports);
  }
  ports.logger.info(
    `Using a Metadata API ${request.checkOnly ? "check-only " : ""}deploy instead: ${reasons.join("; ")}.`
  );
  const deploy = await ports.fallbackDeploy(request.files, request.checkOnly);
  return finish2(base, { method: "metadata-api", attempts: attempts2, fallbackReasons: reasons, deploy }, ports);
}
function finish2(base, rest, ports) {
  const attempts2 = rest.attempts ?? [];
  return {
    checkOnly: base.checkOnly,
    org: base.org,
    files: base.files,
    attempts: attempts2,
    fallbackReasons: [],
    ...rest,
    timedOut: attempts2.some((a) => a.stoppedBecause?.startsWith("timed out") ?? false),
    cancelled: attempts2.some((a) => a.stoppedBecause === "the job was cancelled"),
    totalMs: ports.clock.now() - base.started
  };
}

// src/tooling/delta-files.ts
var COMPILED = /\.(cls|trigger|page|component)$/;
function compileFilesOf(changes2) {
  const byPath = /* @__PURE__ */ new Map();
  for (const change of changes2) {
    const content = change.path.replace(/-meta\.xml$/, "");
    if (!COMPILED.test(content)) continue;
    const isMeta = content !== change.path;
    const deleted = change.status === "D" && !isMeta;
    const previous = byPath.get(content);
    if (previous?.change === "deleted" && !deleted) continue;
    byPath.set(content, { path: content, change: deleted ? "deleted" : "changed" });
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
async function deltaCompileFiles(workspace, delta, env) {
  const from = delta?.from ?? (delta ? pullRequestBase(env) : void 0);
  if (!delta || from === void 0) {
    throw new ActionError(
      "compile mode needs files: list them in compile-files, or set delta-from (a commit, tag or branch) to compile what changed; in a pull request the base is used by default."
    );
  }
  try {
    const repo = await openRepo(workspace, [from, delta.to]);
    const range2 = await resolveRange(repo, from, delta.to, delta.base);
    const files = compileFilesOf(await changedFiles(repo, range2.base, range2.to));
    return { files, range: `${range2.fromRef}..${range2.toRef}` };
  } catch (error) {
    if (error instanceof GitDeltaError) throw new ActionError(error.message);
    throw error;
  }
}

// src/sync/sync-apex.ts
async function saveApexThroughTooling(components2, settings, deps, rest, range2) {
  const files = await apexFiles(settings.workspace, range2, components2);
  if (files.length < components2.length)
    return {
      results: [],
      fallbackReason: "some Apex files of the delta were not found in the workspace"
    };
  let cancelled = false;
  const stopWatching = deps.onJobCancel(() => cancelled = true);
  try {
    return answerOf(await save(files, settings, deps, rest, () => cancelled), components2);
  } finally {
    stopWatching();
    deps.state.save(STATE.compileContainerId, "");
    deps.state.save(STATE.compileRequestId, "");
  }
}
function save(files, settings, deps, rest, cancelled) {
  return compileChanges(
    {
      files,
      checkOnly: false,
      fallback: "fail",
      timeoutMs: settings.waitMinutes * 6e4,
      pollCapMs: settings.pollIntervalMaxSeconds * 1e3
    },
    {
      tooling: createContainerClient(rest),
      source: new FsSourceTree(settings.workspace),
      clock: deps.clock,
      logger: deps.logger,
      random: deps.random,
      cancelled,
      // The post step deletes the container of a killed run, as for compile mode.
      onIds: (ids) => {
        deps.state.save(STATE.compileContainerId, ids.containerId);
        if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId);
      },
      fallbackDeploy: () => {
        throw new ActionError("sync sends Apex the Tooling API cannot save to its own deploy.");
      }
    }
  );
}
async function apexFiles(workspace, range2, components2) {
  const repo = await openRepo(workspace, [range2.base, range2.to]);
  const all = compileFilesOf(await changedFiles(repo, range2.base, range2.to)).filter(
    (f) => f.change === "changed"
  );
  const classified = classifyFiles(all, defaultRegistry());
  return all.filter((_, i) => {
    const c = classified[i];
    return c?.kind === "member" && components2.some((p) => p.type === c.type && p.fullName === c.name);
  });
}
function answerOf(outcome, components2) {
  if (outcome.method !== "tooling")
    return {
      results: [],
      fallbackReason: outcome.fallbackReasons.join("; ") || outcome.refused || "the Tooling API did not save it"
    };
  const final = outcome.final;
  const via = final?.id ? `ContainerAsyncRequest ${final.id}` : "MetadataContainer";
  const results = components2.map((c) => {
    if (final?.state === "Completed") return { ...c, state: "saved", via };
    const problems = (final?.failures ?? []).filter(
      (f) => f.severity === "error" && f.fullName === c.fullName
    );
    if (problems.length > 0)
      return {
        ...c,
        state: "failed",
        via,
        detail: problems.map((p) => `${p.line ? `line ${p.line}: ` : ""}${p.problem}`).join("; ")
      };
    const why = outcome.attempts.at(-1)?.stoppedBecause ?? final?.errorMsg ?? `the request ended ${final?.state ?? "without a state"}; a container saves all of its members or none`;
    return { ...c, state: final ? "not applied" : "failed", via, detail: why };
  });
  return { results };
}

// src/sync/sync-plan.ts
function planSync(changed, deleted, renames) {
  const applied = renamesToApply(renames, changed, deleted);
  const renamedAway = (m) => applied.some(
    (r) => r.type === m.type && r.from === m.fullName || // A renamed object takes its fields along: their old names are no deletions.
    r.type === "CustomObject" && m.fullName.startsWith(`${r.from}.`)
  );
  const deletedParents = new Set(
    deleted.filter((m) => m.type === "CustomObject").map((m) => m.fullName)
  );
  const deletions = deleted.filter((m) => !renamedAway(m)).filter(
    (m) => !(m.fullName.includes(".") && deletedParents.has(m.fullName.split(".")[0] ?? ""))
  );
  const renamed = applied.map((r) => ({
    type: r.type,
    fullName: r.to,
    from: r.from,
    change: "rename",
    path: "crud"
  }));
  const upserts = changed.map((m) => classify(m, "upsert"));
  const deletes = deletions.map((m) => classify(m, "delete"));
  const crudUpserts = sortByRank(upserts.filter((c) => c.path === "crud"));
  const crudDeletes = sortByRank(deletes.filter((c) => c.path === "crud")).reverse();
  const batches = [
    ...renamed.map((c) => ({ call: "rename", type: c.type, components: [c] })),
    ...batchesOf("upsert", crudUpserts),
    ...batchesOf("delete", crudDeletes)
  ];
  const tooling = upserts.filter((c) => c.path === "tooling");
  const deploy = [...upserts, ...deletes].filter((c) => c.path === "deploy");
  return {
    components: [...renamed, ...crudUpserts, ...crudDeletes, ...tooling, ...deploy],
    batches,
    tooling,
    deploy
  };
}
function renamesToApply(renames, changed, deleted) {
  const has = (list2, type, name) => list2.some((m) => m.type === type && m.fullName === name);
  const candidates2 = renames.filter(
    (r) => isCrudType(r.type) && has(deleted, r.type, r.from) && has(changed, r.type, r.to)
  );
  return candidates2.filter(
    (r) => !candidates2.some(
      (o) => o.type === "CustomObject" && r.type !== "CustomObject" && r.from.startsWith(`${o.from}.`)
    )
  );
}
function classify(member, change) {
  const base = { type: member.type, fullName: member.fullName, change };
  if (TOOLING_TYPES.has(member.type)) {
    if (change === "delete")
      return {
        ...base,
        path: "deploy",
        reason: "deleted Apex: a MetadataContainer cannot delete, a destructive deploy does"
      };
    return { ...base, path: "tooling" };
  }
  if (isCrudType(member.type)) return { ...base, path: "crud" };
  return {
    ...base,
    path: "deploy",
    reason: `${member.type} is not a type sync sends through the CRUD calls (only one-record XML types are; files and bundles need a deploy)`
  };
}
function sortByRank(list2) {
  return [...list2].sort(
    (a, b) => rankOf(a.type) - rankOf(b.type) || a.type.localeCompare(b.type) || a.fullName.localeCompare(b.fullName)
  );
}
function batchesOf(call, list2) {
  const batches = [];
  for (const component of list2) {
    const last = batches.at(-1);
    if (last && last.type === component.type && last.components.length < CRUD_BATCH_LIMIT)
      last.components.push(component);
    else batches.push({ call, type: component.type, components: [component] });
  }
  return batches;
}

// src/sync/sync-model.ts
function syncSucceeded(outcome) {
  return outcome.inputErrors.length === 0 && !outcome.stoppedBecause && outcome.results.every(
    (r) => r.state !== "failed" && r.state !== "not applied" && r.state !== "deploying"
  );
}

// src/modes/sync/sync-verdict.ts
var APPLIED = /* @__PURE__ */ new Set(["created", "changed", "renamed", "deleted", "saved", "deployed"]);
function syncVerdict(outcome, rollbackDir) {
  if (outcome.inputErrors.length > 0)
    return {
      success: false,
      status: "Failed",
      message: `Sync sent nothing: ${outcome.inputErrors.join("; ")}`
    };
  if (syncSucceeded(outcome)) return { success: true, status: "Succeeded", message: "" };
  const applied = outcome.results.filter((r) => APPLIED.has(r.state));
  const failed = outcome.results.filter((r) => r.state === "failed");
  const deploying = outcome.results.filter((r) => r.state === "deploying");
  if (deploying.length > 0) return stillDeploying(outcome, applied, deploying);
  const lines = [
    `Sync stopped: ${outcome.stoppedBecause ?? "a component failed"}.`,
    ...failed.map((r) => `${r.type} ${r.fullName}: ${r.detail ?? "failed"}`),
    applied.length > 0 ? `Applied before the failure (CRUD calls are not transactional; these stay in the org): ${applied.map((r) => `${r.type} ${r.fullName}`).join(", ")}.` : "Nothing was applied.",
    ...applied.length > 0 && rollbackDir ? [
      `To undo, deploy the rollback package the backup wrote before sync changed anything: mode: deploy with metadata-dir: ${rollbackDir}.`
    ] : []
  ];
  return {
    success: false,
    status: applied.length > 0 ? "PartiallyApplied" : "Failed",
    message: lines.join("\n")
  };
}
function stillDeploying(outcome, applied, deploying) {
  const id = outcome.deploy?.deployId ?? "(unknown id)";
  const names = (list2) => list2.map((r) => `${r.type} ${r.fullName}`).join(", ");
  return {
    success: false,
    status: "InProgress",
    message: [
      `Sync stopped at the wait limit: the Metadata API deploy ${id} was still running and continues in the org, so it may yet apply ${names(deploying)}.`,
      `Follow it with mode: report and deploy-id: ${id}, or stop it with mode: cancel.`,
      ...applied.length > 0 ? [`Applied before the deploy (these stay in the org): ${names(applied)}.`] : []
    ].join("\n")
  };
}
function isApplied(state) {
  return APPLIED.has(state);
}

// src/modes/sync/sync-summary.ts
var PATH_LABEL = {
  crud: "CRUD",
  tooling: "Tooling API",
  deploy: "Metadata API deploy"
};
function renderSyncSummary(input) {
  const { outcome, verdict } = input;
  const applied = outcome.results.filter((r) => isApplied(r.state)).length;
  const unchanged = outcome.results.filter((r) => r.state === "unchanged").length;
  const done = `${applied} component${applied === 1 ? "" : "s"} applied${unchanged > 0 ? `, ${unchanged} already as in the repository` : ""}`;
  const icon = verdict.success ? "\u2705" : verdict.status === "PartiallyApplied" ? "\u26A0\uFE0F" : verdict.status === "InProgress" ? "\u23F3" : "\u274C";
  const ended = verdict.success ? done : verdict.status === "PartiallyApplied" ? "partially applied" : verdict.status === "InProgress" ? "deploy still running" : "failed";
  const lines = [
    `## ${icon} Sync: ${ended} in ${seconds2(input.totalMs)}`,
    "",
    `Org ${escapeInline(input.orgLabel)} (${escapeInline(input.orgKind)}).`,
    ""
  ];
  if (outcome.inputErrors.length > 0) {
    lines.push("Nothing was sent: the delta has components sync cannot convert.", "");
    for (const error of outcome.inputErrors) lines.push(`- ${escapeInline(error)}`);
    lines.push("");
  }
  if (verdict.status === "InProgress" && outcome.stoppedBecause) {
    const id = outcome.deploy?.deployId ?? "";
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. The org goes on with it, so the components marked deploying may yet be applied: follow it with \`mode: report\` and \`deploy-id: ${escapeInline(id)}\`, or stop it with \`mode: cancel\`.`,
      ""
    );
  } else if (!verdict.success && outcome.stoppedBecause)
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. CRUD calls are not transactional: the components marked applied stay in the org; nothing after the failure was sent.`,
      ""
    );
  const undo = verdict.message.split("\n").find((line) => line.startsWith("To undo"));
  if (undo) lines.push(escapeInline(undo), "");
  lines.push(
    ...table(
      ["Component", "Path", "Result"],
      outcome.results.map((r) => [
        codeSpanInCell(`${r.type} ${r.fullName}`),
        escapeTableCell(pathOf(r)),
        escapeTableCell(resultOf(r))
      ])
    ),
    ""
  );
  lines.push(...changes(outcome.results));
  lines.push(...timing(input));
  for (const section of input.sections) if (section) lines.push("", section);
  return `${lines.join("\n")}
`;
}
function pathOf(r) {
  const label2 = PATH_LABEL[r.path] ?? r.path;
  const via = r.via && r.via !== "none" ? ` (${r.via})` : "";
  return `${label2}${via}`;
}
function resultOf(r) {
  const base = r.state === "renamed" && r.from && !r.detail ? `renamed from ${r.from}` : r.state === "renamed" ? `renamed ${r.detail ?? ""}` : r.state;
  const detail = r.state !== "renamed" && r.detail ? `: ${r.detail}` : "";
  const reason = r.reason ? ` \u2014 to the deploy because ${r.reason}` : "";
  return `${base}${detail}${reason}`;
}
var MAX_DIFF_LINES = 40;
function changes(results) {
  const changed = results.filter((r) => r.diff && r.diff.length > 0);
  if (changed.length === 0) return [];
  const body2 = changed.flatMap((r) => {
    const diff = r.diff ?? [];
    const shown = diff.slice(0, MAX_DIFF_LINES);
    const more2 = diff.length > shown.length ? [`\u2026 ${diff.length - shown.length} more lines`] : [];
    return [
      codeSpan(`${r.type} ${r.fullName}`),
      "",
      fencedBlock([...shown, ...more2].join("\n")),
      ""
    ];
  });
  return details(`What changes against the org's version (${changed.length})`, body2);
}
function timing(input) {
  const { outcome } = input;
  const queue = outcome.deployQueueMs !== void 0 ? `The Metadata API deploy waited ${seconds2(outcome.deployQueueMs)} in the org's deploy queue.` : outcome.deploy ? "The org did not report how long the deploy waited in its queue." : "No deploy was needed, so nothing waited in the deploy queue (the org reports a queue wait only for a deploy it received).";
  return [
    `Total time ${seconds2(input.totalMs)}; ${outcome.crudCalls} CRUD call${outcome.crudCalls === 1 ? "" : "s"} (reads included).`,
    queue
  ];
}
function seconds2(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// src/sync/sync.ts
async function syncChanges(plan, files, ports) {
  const started = ports.clock.now();
  const records = recordsOf(plan, files, ports.registry);
  const finish3 = (rest, calls) => ({
    ...rest,
    crudCalls: calls,
    totalMs: ports.clock.now() - started
  });
  if (records.errors.length > 0)
    return finish3(
      {
        results: plan.components.map((c) => ({ ...c, state: "not applied", via: "none" })),
        inputErrors: records.errors
      },
      0
    );
  const run2 = new Run(ports);
  const before = await run2.readBefore(plan.batches);
  for (const batch of plan.batches) {
    if (run2.stopped) run2.skip(batch.components, viaOf(batch));
    else await run2.apply(batch, records.byKey, before);
  }
  let deployList = plan.deploy;
  if (plan.tooling.length > 0) {
    if (run2.stopped) run2.skip(plan.tooling, "none");
    else {
      const answer = await ports.saveApex(plan.tooling);
      if (answer.fallbackReason) {
        const reason = answer.fallbackReason;
        deployList = [
          ...plan.tooling.map((c) => ({ ...c, path: "deploy", reason })),
          ...deployList
        ];
      } else {
        run2.record(answer.results);
        const failed = answer.results.find((r) => r.state === "failed" || r.state === "not applied");
        if (failed)
          run2.stop(
            `the Tooling API save of the Apex failed${failed.detail ? ` (${failed.type} ${failed.fullName}: ${failed.detail})` : ""}`
          );
      }
    }
  }
  let deploy;
  if (deployList.length > 0) {
    if (run2.stopped) run2.skip(deployList, "none");
    else {
      deploy = await ports.deploy(deployList);
      run2.record(deployResults(deployList, deploy));
      if (deploy.timedOut)
        run2.stop(
          `the Metadata API deploy ${deploy.deployId ?? ""} was still running at the wait limit`.replace(
            "  ",
            " "
          )
        );
      else if (!deploy.result?.success)
        run2.stop(
          `the Metadata API deploy ${deploy.deployId ?? ""} did not succeed`.replace("  ", " ")
        );
    }
  }
  const queueMs = queueWaitOf(deploy);
  return finish3(
    {
      results: order(plan, run2.results),
      inputErrors: [],
      ...run2.stoppedBecause ? { stoppedBecause: run2.stoppedBecause } : {},
      ...deploy ? { deploy } : {},
      ...queueMs !== void 0 ? { deployQueueMs: queueMs } : {}
    },
    run2.calls
  );
}
var keyOf = (c) => `${c.type}:${c.fullName}`;
function recordsOf(plan, files, registry) {
  const byKey2 = /* @__PURE__ */ new Map();
  const errors = [];
  for (const batch of plan.batches) {
    if (batch.call !== "upsert") continue;
    for (const c of batch.components) {
      const source = crudSourceOf(c.type, c.fullName, registry);
      const bytes = source ? files.get(source.path) : void 0;
      if (!source || !bytes) {
        errors.push(`${c.type} ${c.fullName}: the package holds no metadata file for it`);
        continue;
      }
      const record = toCrudRecord(c.type, c.fullName, decodeUtf8(bytes), source);
      if ("error" in record) errors.push(`${c.type} ${c.fullName}: ${record.error}`);
      else byKey2.set(keyOf(c), record);
    }
  }
  return { byKey: byKey2, errors };
}
function viaOf(batch) {
  return `${batch.call}Metadata`;
}
var Run = class {
  results = /* @__PURE__ */ new Map();
  calls = 0;
  stoppedBecause;
  ports;
  constructor(ports) {
    this.ports = ports;
  }
  get stopped() {
    return this.stoppedBecause !== void 0;
  }
  stop(reason) {
    this.stoppedBecause ??= reason;
  }
  record(results) {
    for (const r of results) {
      const earlier = this.results.get(keyOf(r));
      if (earlier?.state === "renamed" && r.state !== "failed" && r.state !== "not applied") {
        const then = r.state === "unchanged" ? "" : `, then ${r.detail ?? r.state} (${r.via})`;
        this.results.set(keyOf(r), { ...earlier, detail: `from ${earlier.from ?? "?"}${then}` });
        continue;
      }
      this.results.set(keyOf(r), r);
    }
  }
  skip(components2, via) {
    this.record(components2.map((c) => ({ ...c, state: "not applied", via })));
  }
  /** The org's version of each component to upsert; a read that faults only loses the comparison. */
  async readBefore(batches) {
    const before = /* @__PURE__ */ new Map();
    for (const batch of batches) {
      if (batch.call !== "upsert") continue;
      const names = batch.components.map((c) => c.fullName);
      try {
        this.calls++;
        const read = await this.ports.crud.read(batch.type, names);
        for (const c of batch.components)
          before.set(keyOf(c), read.find((r) => r.fullName === c.fullName) ?? null);
      } catch (error) {
        this.ports.logger.warning(
          `readMetadata ${batch.type} failed (${describeError(error)}); applying without comparing to the org's version.`
        );
      }
    }
    return before;
  }
  async apply(batch, records, before) {
    const via = viaOf(batch);
    try {
      if (batch.call === "rename") return this.renamed(batch, via);
      if (batch.call === "delete") return this.deleted(batch, via);
      return await this.upserted(batch, via, records, before);
    } catch (error) {
      const message = describeError(error);
      this.record(batch.components.map((c) => ({ ...c, state: "failed", via, detail: message })));
      this.stop(`${via} ${batch.type} failed: ${message}`);
    }
  }
  async renamed(batch, via) {
    const c = batch.components[0];
    this.calls++;
    const result2 = await this.ports.crud.rename(c.type, c.from ?? "", c.fullName);
    this.outcomes(batch, via, [result2], () => "renamed");
  }
  async deleted(batch, via) {
    this.calls++;
    const results = await this.ports.crud.delete(
      batch.type,
      batch.components.map((c) => c.fullName)
    );
    this.outcomes(batch, via, results, () => "deleted");
  }
  async upserted(batch, via, records, before) {
    const pending = [];
    for (const c of batch.components) {
      const old = before.get(keyOf(c));
      const diff = old ? changedElements(records.get(keyOf(c)), old) : void 0;
      if (diff && diff.length === 0) {
        this.record([
          {
            ...c,
            state: "unchanged",
            via: "readMetadata",
            detail: "the org already holds this version"
          }
        ]);
        continue;
      }
      pending.push(c);
    }
    if (pending.length === 0) return;
    const sent = { ...batch, components: pending };
    this.calls++;
    const results = await this.ports.crud.upsert(
      pending.map((c) => records.get(keyOf(c)))
    );
    this.outcomes(sent, via, results, (result2, c) => {
      if (result2.created) return "created";
      const old = before.get(keyOf(c));
      const diff = old ? changedElements(records.get(keyOf(c)), old) : void 0;
      if (!old || !diff) return "changed";
      const lines = diffOf2(records.get(keyOf(c)), old);
      return {
        state: "changed",
        detail: diff.join(", "),
        ...lines ? { diff: lines } : {}
      };
    });
  }
  /** Pairs results with components (by fullName, else by position) and stops on a failure. */
  outcomes(batch, via, results, success) {
    const failed = [];
    batch.components.forEach((c, index) => {
      const result2 = results.find((r) => r.fullName === c.fullName) ?? results.find((r) => r.fullName === c.from) ?? results[index];
      if (!result2) {
        failed.push(c.fullName);
        this.record([{ ...c, state: "failed", via, detail: "the org returned no result for it" }]);
        return;
      }
      if (!result2.success) {
        failed.push(c.fullName);
        const detail = result2.errors.map((e) => `${e.statusCode}: ${e.message}`).join("; ") || "failed without a message";
        this.record([{ ...c, state: "failed", via, detail }]);
        return;
      }
      const state = success(result2, c);
      this.record([typeof state === "string" ? { ...c, state, via } : { ...c, ...state, via }]);
    });
    if (failed.length > 0) this.stop(`${via} ${batch.type} failed for ${failed.join(", ")}`);
  }
};
function diffOf2(record, org) {
  const before = canonicalXml(recordToMetadataXml(record.type, org.fields));
  const after = canonicalXml(recordAsMetadataXml(record));
  if (!before || !after) return void 0;
  return unifiedDiff(before, after, { maxEdits: 200 });
}
function changedElements(record, org) {
  const parsed = parseXml2(`<r>${record.innerXml}</r>`);
  const mine = withoutAttributes(parsed.r) ?? {};
  const theirs = org.fields;
  const names = /* @__PURE__ */ new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...names].filter((name) => canonical(mine[name]) !== canonical(theirs[name])).sort();
}
function canonical(value) {
  if (value === void 0 || value === "") return "";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(String(value));
}
function deployResults(list2, outcome) {
  const via = outcome.deployId ?? "deploy";
  const result2 = outcome.result;
  if (outcome.timedOut)
    return list2.map((c) => ({
      ...c,
      state: "deploying",
      via,
      detail: `the deploy was still ${outcome.timedOut?.last?.status ?? "running"} at the wait limit; it continues in the org`
    }));
  return list2.map((c) => {
    const failure = result2?.details?.componentFailures.find(
      (f) => f.componentType === c.type && f.fullName === c.fullName
    );
    if (failure) return { ...c, state: "failed", via, detail: failure.problem ?? "failed" };
    if (result2?.success) return { ...c, state: c.change === "delete" ? "deleted" : "deployed", via };
    const why = result2?.errorMessage ?? "the deploy failed as a whole and rolled back";
    return { ...c, state: "not applied", via, detail: why };
  });
}
function queueWaitOf(deploy) {
  const result2 = deploy?.result ?? deploy?.timedOut?.last;
  if (!result2?.createdDate || !result2.startDate) return void 0;
  return Math.max(0, result2.startDate.getTime() - result2.createdDate.getTime());
}
function order(plan, results) {
  const seen = /* @__PURE__ */ new Set();
  const ordered = [];
  for (const c of plan.components) {
    const key3 = keyOf(c);
    const r = results.get(key3);
    if (r && !seen.has(key3)) {
      ordered.push(r);
      seen.add(key3);
    }
  }
  for (const [key3, r] of results) if (!seen.has(key3)) ordered.push(r);
  return ordered;
}

// src/modes/sync/run-sync.ts
async function runSync(settings, deps) {
  const started = deps.clock.now();
  const source = settings.packageSource;
  if (source.kind !== "source" || source.manifest)
    throw new ActionError(
      "mode sync applies a git delta of SFDX source: set source-dir or project-dir (no manifest or metadata-dir), delta-from and credentials."
    );
  const delta = await deltaForSettings(settings, deps.logger, deps.env);
  if (!delta)
    throw new ActionError(
      "mode sync needs a delta: set delta-from (a commit, tag or branch); in a pull request the base is used by default."
    );
  const session = await connectForRun(settings, deps, settings.api);
  const rest = createSalesforceRest(session.caller, session.apiVersion);
  const org = await createContainerClient(rest).readOrg();
  const orgLabel = new URL(session.connection.instanceUrl).host;
  if (isProduction(org)) return refuse(describeOrg(org), orgLabel);
  const registry = defaultRegistry();
  const renames = await gitRenames(
    settings.workspace,
    delta.build.range.base,
    delta.build.range.to,
    registry
  );
  const plan = planSync(delta.build.built.components, delta.build.deletions, renames);
  if (plan.components.length === 0) return nothingToSync(delta.section, deps);
  logPlan(plan.components, deps);
  const parts = new ResultParts();
  const backup = await backUp(settings, { ...deps, parts }, delta.build.built, session);
  const outcome = await syncChanges(plan, delta.build.built.files, {
    crud: createSoapCrudApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger,
    registry,
    saveApex: (components2) => saveApexThroughTooling(components2, settings, deps, rest, delta.build.range),
    deploy: (components2) => deployRest(settings, components2, session, deps)
  });
  const rollbackDir = backup ? path18.relative(settings.workspace, path18.join(settings.report.resultsDir, "rollback")).split(path18.sep).join("/") : void 0;
  const verdict = syncVerdict(outcome, rollbackDir);
  return {
    verdict: verdict.success ? { success: true } : { success: false, message: verdict.message },
    outputs: {
      ...parts.outputs,
      status: verdict.status,
      ...outcome.deploy?.deployId ? { "deploy-id": outcome.deploy.deployId } : {}
    },
    summary: [
      renderSyncSummary({
        outcome,
        verdict,
        orgLabel,
        orgKind: describeOrg(org),
        totalMs: deps.clock.now() - started,
        sections: [...backup?.sections ?? [], delta.section]
      })
    ]
  };
}
function refuse(kind, orgLabel) {
  const message = `mode sync writes to the org without a deploy's transaction and tests, and the org ${orgLabel} is ${kind}. Sync a sandbox, scratch org or Developer Edition org; deploy to production with mode: deploy.`;
  return {
    verdict: { success: false, message },
    outputs: { status: "Refused" },
    summary: [`## \u26D4 Sync refused

${escapeInline(message)}
`]
  };
}
function nothingToSync(section, deps) {
  const line = "Nothing to sync: the delta changes and deletes no component; no API call was made.";
  deps.logger.info(line);
  return {
    verdict: { success: true },
    outputs: { status: "NothingToSync" },
    summary: [`## \u2705 Sync: nothing to sync

${line}

${section}`]
  };
}
function logPlan(components2, deps) {
  for (const c of components2)
    deps.logger.info(
      `${c.type} ${c.fullName}: ${c.change} through ${c.path === "crud" ? "the CRUD calls" : c.path === "tooling" ? "the Tooling API" : "a Metadata API deploy"}${c.reason ? ` (${c.reason})` : ""}`
    );
}
async function backUp(settings, deps, built, session) {
  if (!settings.retrieve || settings.retrieve.backup === "off") return void 0;
  const pkg = toDeployPackage(built, await zipPackage(built.files));
  return runBackupStep(settings, deps, pkg, session);
}
async function deployRest(settings, components2, session, deps) {
  const source = settings.packageSource;
  if (source?.kind !== "source") throw new ActionError("mode sync needs SFDX source.");
  const members = (change) => components2.filter((c) => change === "delete" === (c.change === "delete")).map((c) => ({ type: c.type, fullName: c.fullName }));
  const deletions = members("delete");
  const inline = {
    manifest: buildPackageXml(members("upsert"), session.apiVersion),
    ...deletions.length > 0 ? { postDestructiveChanges: buildPackageXml(deletions, session.apiVersion) } : {}
  };
  const { delta: _delta, testSelection: _tests, ...rest } = settings;
  const deploySettings = {
    ...rest,
    mode: "deploy",
    packageSource: {
      kind: "source",
      projectDir: source.projectDir,
      sourceDirs: source.sourceDirs,
      ignoreUnknown: source.ignoreUnknown,
      inline
    },
    deployOptions: { ...settings.deployOptions, checkOnly: false }
  };
  const ports = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...deps.limits ? { limits: deps.limits } : {},
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // The post step cancels this deploy when the job is cancelled, as for mode: deploy.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, "false");
    }
  };
  return deployOperation(deploySettings, ports);
}

// src/modes/compile/run-compile-mode.ts
import path19 from "node:path";

// src/tooling/compile-outcome.ts
function queueMsOf(outcome) {
  return outcome.attempts.findLast((a) => a.queueMs !== void 0)?.queueMs;
}
function requestIdOf(outcome) {
  return outcome.attempts.findLast((a) => a.requestId !== void 0)?.requestId;
}

// src/tooling/deletion-manifest.ts
var TYPE_OF_SUFFIX = {
  cls: "ApexClass",
  trigger: "ApexTrigger",
  page: "ApexPage",
  component: "ApexComponent"
};
function deletionManifest(deleted, apiVersion) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const file of deleted) {
    const match = /([^/]+)\.(cls|trigger|page|component)$/.exec(file.path);
    const type = match ? TYPE_OF_SUFFIX[match[2] ?? ""] : void 0;
    if (!match?.[1] || !type) continue;
    byType2.set(type, (byType2.get(type) ?? /* @__PURE__ */ new Set()).add(match[1]));
  }
  const types = [...byType2.keys()].sort().map((type) => {
    const members = [...byType2.get(type) ?? []].sort().map((m) => `        <members>${m}</members>
`);
    return `    <types>
${members.join("")}        <name>${type}</name>
    </types>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
${types.join("")}    <version>${apiVersion}</version>
</Package>
`;
}

// src/tooling/listed-files.ts
async function listedFiles(paths, tree) {
  const missing = [];
  for (const p of paths)
    if (!await tree.exists(p) || (await tree.listFiles(p)).length > 0) missing.push(p);
  if (missing.length > 0) {
    throw new ActionError(
      `compile-files: ${missing.join(", ")} ${missing.length === 1 ? "is not a file" : "are not files"} in the workspace; list existing .cls, .trigger, .page or .component files relative to the workspace root.`
    );
  }
  return paths.map((p) => ({ path: p, change: "changed" }));
}

// src/report/annotations.ts
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATION_TITLE_MAX = 255;
var ANNOTATION_MESSAGE_MAX = 6e4;
function buildAnnotations(report) {
  const enforced = new Set(report.coverage.warnings.flatMap((w) => w.name ? [w.name] : []));
  return [
    ...report.components.errors.map(componentAnnotation),
    ...report.tests.failures.map(testAnnotation),
    ...coverageEnforcement(report),
    ...report.components.warnings.map(componentAnnotation),
    ...report.coverage.entries.filter((e) => e.belowThreshold && e.path && !enforced.has(e.name)).map(
      (e) => coverageWarning(e, report.coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT)
    )
  ];
}
function selectWorkflowAnnotations(all, perLevel = WORKFLOW_ANNOTATIONS_PER_LEVEL) {
  const out = [];
  for (const level of ["failure", "warning", "notice"]) {
    const items = all.filter((a) => a.level === level);
    if (items.length <= perLevel) {
      out.push(...items);
      continue;
    }
    const kept = items.slice(0, perLevel - 1);
    const noun = level === "failure" ? "errors" : level === "warning" ? "warnings" : "notices";
    out.push(...kept, {
      level,
      title: `${items.length - kept.length} more ${noun}`,
      message: `${items.length - kept.length} more ${noun} are not shown as annotations; see the job summary.`
    });
  }
  return out;
}
function componentAnnotation(i) {
  return {
    level: i.severity === "error" ? "failure" : "warning",
    ...location(i.path, i.line, i.column),
    title: clip2(`${i.componentType || "Manifest"} ${i.fullName}`, ANNOTATION_TITLE_MAX),
    message: clip2(i.path ? i.problem : `${i.problem}
(${i.fileName})`, ANNOTATION_MESSAGE_MAX)
  };
}
function testAnnotation(t) {
  const loc = t.location;
  return {
    level: "failure",
    ...loc ? location(loc.path, loc.line, loc.column) : {},
    title: clip2(`Test failure: ${testName(t)}`, ANNOTATION_TITLE_MAX),
    message: clip2(t.message || "No message from Salesforce.", ANNOTATION_MESSAGE_MAX),
    ...t.stackTrace ? { rawDetails: clip2(t.stackTrace, ANNOTATION_MESSAGE_MAX) } : {}
  };
}
function coverageEnforcement(report) {
  const byName = new Map(report.coverage.entries.map((e) => [e.name, e]));
  const out = report.coverage.warnings.map((w) => {
    const entry = w.name ? byName.get(w.name) : void 0;
    return {
      level: "failure",
      ...entry?.path ? location(entry.path, entry.linesNotCovered[0] ?? 1) : {},
      title: clip2(w.name ? `Coverage: ${w.name}` : "Coverage: org-wide", ANNOTATION_TITLE_MAX),
      message: w.message
    };
  });
  const t = report.coverage.threshold;
  if (t?.evaluated && !t.passed) {
    const names = t.classesBelow.map((e) => `${e.name} ${formatPercent(e.percent)}`);
    const aggregate = t.aggregateBelow ? `aggregate ${formatPercent(report.coverage.aggregate?.percent)}` : "";
    out.push({
      level: "failure",
      title: `Coverage below the threshold of ${t.threshold} %`,
      message: clip2([aggregate, ...names].filter(Boolean).join("\n"), ANNOTATION_MESSAGE_MAX)
    });
  }
  return out;
}
function coverageWarning(e, threshold) {
  const uncovered = e.linesNotCovered.length > 0 ? `; uncovered lines ${lineRanges(e.linesNotCovered)}` : "";
  return {
    level: "warning",
    ...location(e.path, e.linesNotCovered[0] ?? 1),
    title: clip2(
      `Coverage ${formatPercent(e.percent)} < ${threshold} %: ${e.name}`,
      ANNOTATION_TITLE_MAX
    ),
    message: `${e.covered} of ${e.numLocations} lines covered${uncovered}.`
  };
}
function location(path21, line, column) {
  if (!path21) return {};
  if (!line) return { path: path21 };
  return {
    path: path21,
    startLine: line,
    endLine: line,
    ...column ? { startColumn: column, endColumn: column } : {}
  };
}
function clip2(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/modes/compile/compile-annotations.ts
function compileAnnotations(messages, files) {
  const paths = /* @__PURE__ */ new Map();
  for (const f of files) if (f.kind === "member") paths.set(key2(f.type, f.name), f.path);
  const ordered = [
    ...messages.filter((m) => m.severity === "error" && !m.dependant),
    ...messages.filter((m) => m.severity === "warning"),
    ...messages.filter((m) => m.severity === "error" && m.dependant)
  ];
  return ordered.map((m) => toAnnotation(m, paths.get(key2(m.componentType, m.fullName))));
}
function toAnnotation(m, path21) {
  const location2 = path21 ? {
    path: path21,
    startLine: m.line ?? 1,
    endLine: m.line ?? 1,
    ...m.line && m.column ? { startColumn: m.column, endColumn: m.column } : {}
  } : {};
  const message = path21 ? m.problem : `${m.problem}
(${m.fileName || `${m.componentType} ${m.fullName}`})`;
  return {
    level: m.severity === "error" && !m.dependant ? "failure" : "warning",
    ...location2,
    title: clip3(
      `${m.dependant ? "Dependant " : ""}${m.componentType} ${m.fullName}`,
      ANNOTATION_TITLE_MAX
    ),
    message: clip3(message, ANNOTATION_MESSAGE_MAX)
  };
}
function key2(type, name) {
  return `${type}:${name.toLowerCase()}`;
}
function clip3(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/modes/compile/compile-summary.ts
var MAX_ROWS = 200;
function renderCompileSummary(input) {
  const { outcome } = input;
  return [
    ...heading(input),
    ...facts(input),
    ...components(outcome, input.blobBase),
    ...attempts(outcome.attempts),
    ...closing(outcome),
    ""
  ].join("\n");
}
function closing(outcome) {
  if (outcome.method === "metadata-api") return ["_The Metadata API deploy report follows._"];
  return ["> A compile check runs no Apex tests and computes no coverage."];
}
function heading(input) {
  const what = input.outcome.checkOnly ? "Apex compile check" : "Apex compile and save";
  const icon = input.verdict.success ? "\u2705" : "\u274C";
  const result2 = input.verdict.success ? "passed" : "failed";
  const lines = [
    `## ${icon} ${what} ${result2}${input.orgLabel ? ` on ${escapeInline(input.orgLabel)}` : ""}`,
    ""
  ];
  if (input.verdict.message) lines.push(escapeInline(input.verdict.message), "");
  return lines;
}
function facts(input) {
  const o = input.outcome;
  const final = o.final;
  const queueMs = queueMsOf(o);
  const rows = [
    ["Org", o.org ? describeOrg(o.org) : "unknown"],
    ["Mode", o.checkOnly ? "check only (nothing saved)" : "compile and save"],
    ["API", apiLabel(o)]
  ];
  if (o.fallbackReasons.length > 0)
    rows.push(["Why not the Tooling API", escapeTableCell(o.fallbackReasons.join("; "))]);
  if (final)
    rows.push([
      "Request",
      `${codeSpanInCell(final.id)} ${escapeTableCell(final.rawState || final.state)}`
    ]);
  if (final?.errorMsg) rows.push(["Error message", escapeTableCell(final.errorMsg)]);
  if (queueMs !== void 0)
    rows.push(["Time in queue and compile", `${formatSeconds(queueMs)} (submit \u2192 final state)`]);
  rows.push(["Total", formatSeconds(o.totalMs)]);
  return [...table(["", ""], rows), ""];
}
function apiLabel(o) {
  if (o.method === "tooling") return "Tooling API (MetadataContainer)";
  if (o.method === "metadata-api")
    return `Metadata API ${o.checkOnly ? "check-only deploy" : "deploy"} (fallback)`;
  return "none";
}
function components(o, blobBase) {
  if (o.method !== "tooling" || !o.final) return [];
  const failures = o.final.failures;
  const rows = [];
  for (const f of o.files) {
    if (f.kind !== "member") continue;
    const own2 = failures.filter(
      (m) => m.componentType === f.type && m.fullName.toLowerCase() === f.name.toLowerCase()
    );
    if (own2.length === 0)
      rows.push([
        succeeded(o, f.type, f.name) ? "\u2705" : "\u2013",
        f.type,
        escapeTableCell(f.name),
        fileLink(f.path, void 0, blobBase),
        "",
        ""
      ]);
    for (const m of own2) rows.push(messageRow(m, f.path, blobBase));
  }
  const paths = new Set(o.files.map((f) => f.path));
  const others = failures.filter(
    (m) => !o.files.some(
      (f) => f.kind === "member" && f.type === m.componentType && f.name.toLowerCase() === m.fullName.toLowerCase()
    )
  );
  for (const m of others)
    rows.push(messageRow(m, paths.has(m.fileName) ? m.fileName : void 0, blobBase));
  const shown = rows.slice(0, MAX_ROWS);
  const more2 = rows.length > MAX_ROWS ? [`${rows.length - MAX_ROWS} more rows are not shown.`, ""] : [];
  return [
    "### Components",
    "",
    ...table(["", "Type", "Name", "File", "Line:Col", "Problem"], shown),
    "",
    ...more2
  ];
}
function succeeded(o, type, name) {
  if (o.final?.state === "Completed") return true;
  return o.final?.successes.some(
    (x) => x.componentType === type && x.fullName.toLowerCase() === name.toLowerCase()
  ) ?? false;
}
function messageRow(m, path21, blobBase) {
  const icon = m.dependant ? "\u21AA\uFE0F dependant" : m.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const where = m.line ? `${m.line}${m.column ? `:${m.column}` : ""}` : "\u2013";
  const file = path21 ? fileLink(path21, m.line, blobBase) : escapeTableCell(m.fileName);
  return [
    icon,
    escapeTableCell(m.componentType),
    escapeTableCell(m.fullName),
    file,
    where,
    escapeTableCell(m.problem)
  ];
}
function attempts(list2) {
  const noteworthy = list2.length > 1 || list2.some((a) => a.cleanup !== true || a.stoppedBecause);
  if (!noteworthy) return [];
  const rows = list2.map((a, i) => [
    String(i + 1),
    codeSpanInCell(a.containerName),
    a.requestId ? codeSpanInCell(a.requestId) : "\u2013",
    escapeTableCell(a.state ?? a.stoppedBecause ?? "\u2013"),
    a.queueMs === void 0 ? "\u2013" : formatSeconds(a.queueMs),
    a.cleanup === true ? "deleted" : escapeTableCell(`not deleted: ${a.cleanup}`)
  ]);
  return [
    "### Container attempts",
    "",
    ...table(["#", "Container", "Request", "State", "Queue", "Container clean-up"], rows),
    ""
  ];
}

// src/modes/compile/compile-verdict.ts
function compileVerdict(outcome, waitMinutes) {
  if (outcome.refused) return { success: false, message: outcome.refused };
  if (outcome.method === "metadata-api" && outcome.deploy)
    return decideVerdict(outcome.deploy, waitMinutes);
  const last = outcome.attempts.at(-1);
  const final = outcome.final;
  if (outcome.cancelled)
    return {
      success: false,
      message: `The job was cancelled; ContainerAsyncRequest ${last?.requestId ?? "(none)"} was set to Aborted.`
    };
  if (outcome.timedOut)
    return {
      success: false,
      message: `The compile ${last?.stoppedBecause ?? "timed out"}; the request was set to Aborted. Raise wait, or try again when the org's queue is shorter.`
    };
  if (!final)
    return {
      success: false,
      message: `The compile stopped before a result: ${last?.stoppedBecause ?? "no request was submitted"}.`
    };
  const errors = final.failures.filter((f) => f.severity === "error");
  if (final.state === "Completed" && errors.length === 0) return { success: true };
  if (final.state === "Failed" || errors.length > 0)
    return { success: false, message: explainErrors(errors, outcome.checkOnly) };
  if (final.state === "Aborted")
    return {
      success: false,
      message: `ContainerAsyncRequest ${final.id} was aborted by another client.`
    };
  return {
    success: false,
    message: `ContainerAsyncRequest ${final.id} ended ${final.rawState || final.state}${final.errorMsg ? `: ${final.errorMsg}` : ""}.`
  };
}
function explainErrors(errors, checkOnly) {
  const own2 = errors.filter((e) => !e.dependant);
  const first = own2[0] ?? errors[0];
  const what = checkOnly ? "Compile check" : "Compile and save";
  if (!first) return `${what} failed without component messages.`;
  const where = first.line ? ` (line ${first.line})` : "";
  const more2 = errors.length > 1 ? ` (and ${errors.length - 1} more; see the job summary)` : "";
  return `${what} failed: ${first.componentType} ${first.fullName}${where}: ${first.problem}${more2}`;
}

// src/modes/compile/run-compile-mode.ts
async function runCompile(settings, deps) {
  const compile = settings.compile;
  const tree = new FsSourceTree(settings.workspace);
  const files = compile.files.length > 0 ? await listedFiles(compile.files, tree) : await filesFromDelta(settings, deps);
  if (files.length === 0) return nothingToCompile(deps);
  const session = await connectForRun(settings, deps, settings.api);
  let cancelled = false;
  const stopWatching = deps.onJobCancel(() => cancelled = true);
  let outcome;
  try {
    outcome = await compileChanges(
      {
        files,
        checkOnly: compile.checkOnly,
        fallback: compile.fallback,
        timeoutMs: settings.waitMinutes * 6e4,
        pollCapMs: settings.pollIntervalMaxSeconds * 1e3,
        ...deps.env.GITHUB_RUN_ID ? { runId: deps.env.GITHUB_RUN_ID } : {},
        ...deps.env.GITHUB_RUN_ATTEMPT ? { runAttempt: deps.env.GITHUB_RUN_ATTEMPT } : {}
      },
      {
        tooling: createContainerClient(createSalesforceRest(session.caller, session.apiVersion)),
        source: tree,
        clock: deps.clock,
        logger: deps.logger,
        random: deps.random,
        cancelled: () => cancelled,
        // The post step aborts the request and deletes the container of a killed run from these.
        onIds: (ids) => {
          deps.state.save(STATE.compileContainerId, ids.containerId);
          if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId);
        },
        fallbackDeploy: (changed, checkOnly) => {
          stopWatching();
          return fallbackDeploy(settings, compile, changed, checkOnly, session, deps);
        }
      }
    );
  } finally {
    stopWatching();
  }
  deps.state.save(STATE.finished, "true");
  return result(settings, outcome, session.connection.instanceUrl, deps);
}
function nothingToCompile(deps) {
  const line = "Nothing to compile: no Apex class, trigger, page or component changed in the delta; no API call was made.";
  deps.logger.info(line);
  return {
    verdict: { success: true },
    outputs: { status: "NothingToCompile" },
    summary: [`## \u2705 Compile: nothing to compile

${line}
`]
  };
}
async function filesFromDelta(settings, deps) {
  const { files, range: range2 } = await deltaCompileFiles(settings.workspace, settings.delta, deps.env);
  deps.logger.info(
    `Compiling the ${files.length} Apex file(s) changed in ${range2}: ${files.map((f) => f.path).join(", ") || "none"}`
  );
  return files;
}
async function fallbackDeploy(settings, compile, changed, checkOnly, session, deps) {
  deps.state.save(STATE.compileContainerId, "");
  deps.state.save(STATE.compileRequestId, "");
  const manifests = deletionManifests(changed, session.apiVersion);
  const deploySettings = fallbackSettings(settings, compile, changed, checkOnly, manifests);
  const ports = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // deploy-id is written once, with the other outputs, when the fallback deploy ends.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, String(checkOnly));
    }
  };
  return deployOperation(deploySettings, ports);
}
function deletionManifests(changed, apiVersion) {
  const deleted = changed.filter((f) => f.change === "deleted");
  if (deleted.length === 0) return void 0;
  const post = deletionManifest(deleted, apiVersion);
  if (changed.some((f) => f.change !== "deleted")) return { post };
  return { post, emptyPackage: deletionManifest([], apiVersion) };
}
function fallbackSettings(settings, compile, changed, checkOnly, deletions) {
  const projectDir = path19.join(settings.workspace, compile.projectDir);
  const sourceDirs = changed.filter((f) => f.change !== "deleted").map((f) => path19.posix.relative(compile.projectDir || ".", f.path));
  const { delta: _delta, testSelection: _tests, compile: _compile, ...rest } = settings;
  return {
    ...rest,
    mode: checkOnly ? "validate" : "deploy",
    packageSource: {
      kind: "source",
      projectDir,
      sourceDirs,
      ignoreUnknown: false,
      ...deletions ? {
        inline: {
          postDestructiveChanges: deletions.post,
          ...deletions.emptyPackage ? { manifest: deletions.emptyPackage } : {}
        }
      } : {}
    },
    deployOptions: { ...settings.deployOptions, checkOnly }
  };
}
function verdictOf(compiled, deployReport) {
  const success = compiled.success && (deployReport?.report.passed ?? true);
  if (success) return { success };
  const message = [compiled.message, ...deployReport?.failures ?? []].filter(Boolean).join("\n");
  return { success, message: message || "The compile failed." };
}
async function result(settings, outcome, instanceUrl, deps) {
  const deployReport = outcome.deploy ? await outcomeReport(
    { ...settings, mode: outcome.checkOnly ? "validate" : "deploy" },
    outcome.deploy,
    deps.env
  ) : void 0;
  const verdict = verdictOf(compileVerdict(outcome, settings.waitMinutes), deployReport);
  const context = readRunContext(deps.env, readEventPayload(deps.env));
  const summary = renderCompileSummary({
    outcome,
    verdict,
    orgLabel: new URL(instanceUrl).host,
    ...context?.blobBaseUrl ? { blobBase: context.blobBaseUrl } : {}
  });
  return {
    verdict,
    outputs: {
      ...outcome.deploy ? outcomeOutputs(outcome.deploy, verdict) : {},
      ...compileOutputs(outcome),
      ...deployReport?.outputs ?? {}
    },
    summary: [summary],
    ...deployReport ? { report: { report: deployReport.report, publish: deployReport.publish } } : outcome.final ? { annotations: compileAnnotations(outcome.final.failures, outcome.files) } : {}
  };
}
function compileOutputs(outcome) {
  const queueMs = queueMsOf(outcome);
  const requestId = requestIdOf(outcome);
  const errors = outcome.final?.failures.filter((f) => f.severity === "error").length;
  return {
    "compile-method": outcome.method,
    "compile-duration-ms": String(outcome.totalMs),
    ...outcome.final ? { status: outcome.final.state } : {},
    ...errors !== void 0 && outcome.method === "tooling" ? { "component-errors": String(errors) } : {},
    ...requestId ? { "compile-request-id": requestId } : {},
    ...queueMs !== void 0 ? { "compile-queue-ms": String(queueMs) } : {},
    ...outcome.fallbackReasons.length > 0 ? { "compile-fallback-reason": outcome.fallbackReasons.join("; ") } : {}
  };
}

// src/report/failure-summary.ts
var MODE_LABELS = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  report: "Report",
  cancel: "Cancel",
  build: "Build",
  compile: "Compile",
  "push-upgrade": "Push upgrade",
  retrieve: "Retrieve",
  plan: "Release plan",
  sync: "Sync"
};
function renderFailure2(input) {
  if (input.problems)
    return [
      "## \u274C Invalid inputs \u2014 nothing was run",
      "",
      ...input.problems.map((p) => `- ${escapeInline(p)}`),
      ""
    ].join("\n");
  const what = (input.mode && MODE_LABELS[input.mode]) ?? "The run";
  return [
    `## \u274C ${what} failed`,
    "",
    ...input.message.split("\n").map((line) => escapeInline(line)),
    ""
  ].join("\n\n").replace(/\n{3,}/g, "\n\n");
}

// src/action/github/job-summary.ts
import { appendFile } from "node:fs/promises";
function createJobSummaryWriter() {
  return {
    async write(markdown) {
      const file = process.env.GITHUB_STEP_SUMMARY;
      if (!file) {
        info("GITHUB_STEP_SUMMARY is not set; the job summary is only in the summary file.");
        return;
      }
      const text2 = redact(markdown);
      await appendFile(file, text2.endsWith("\n") ? text2 : `${text2}
`, "utf8");
    }
  };
}

// src/action/github/workflow-annotations.ts
function emitWorkflowAnnotations(annotations, commands) {
  const selected = selectWorkflowAnnotations(annotations);
  for (const a of selected) {
    const properties2 = toProperties(a);
    if (a.level === "failure") commands.error(a.message, properties2);
    else if (a.level === "warning") commands.warning(a.message, properties2);
    else commands.notice(a.message, properties2);
  }
  return selected.length;
}
function toProperties(a) {
  const singleLine = a.startLine !== void 0 && (a.endLine === void 0 || a.endLine === a.startLine);
  return {
    title: a.title,
    ...a.path ? { file: a.path } : {},
    ...a.path && a.startLine ? { startLine: a.startLine, endLine: a.endLine ?? a.startLine } : {},
    // Columns only make sense when the annotation covers a single line.
    ...a.path && singleLine && a.startColumn ? { startColumn: a.startColumn, endColumn: a.endColumn ?? a.startColumn } : {}
  };
}

// src/action/github/report-sink.ts
function createCoreReportSink(summary = createJobSummaryWriter(), commands = core_exports) {
  return {
    writeSummary: (markdown) => summary.write(markdown),
    annotate: (annotations) => emitWorkflowAnnotations(annotations, commands)
  };
}

// src/action/github/default-ports.ts
function createPublishPorts(logger, octokit, artifact) {
  return { fs: nodeFileSystem, sink: createCoreReportSink(), octokit, artifact, logger };
}

// src/github/pr-comment-client.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function upsertStickyComment(octokit, req, logger) {
  const author = req.authorLogin === void 0 ? ACTIONS_BOT_LOGIN : req.authorLogin;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      per_page: 100
    });
    const mine = comments.filter(
      (c) => (c.body ?? "").includes(req.marker) && (author === null || c.user?.login === author)
    ).sort((a, b) => b.id - a.id);
    const existing = mine[0];
    if (existing) {
      const updated = await octokit.rest.issues.updateComment({
        owner: req.owner,
        repo: req.repo,
        comment_id: existing.id,
        body: req.body
      });
      return { posted: true, action: "updated", id: updated.data.id, url: updated.data.html_url };
    }
    const created = await octokit.rest.issues.createComment({
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      body: req.body
    });
    return { posted: true, action: "created", id: created.data.id, url: created.data.html_url };
  } catch (error) {
    const reason = describeGitHubError(error);
    logger.warning(
      `PR comment not posted (${reason}). It needs \`pull-requests: write\` and is skipped on fork PRs.`
    );
    return { posted: false, reason };
  }
}

// src/github/publish-report.ts
import path20 from "node:path";

// src/report/check-run-output.ts
var CHECK_RUN_SUMMARY_BUDGET_CHARS = 65e3;
function renderCheckRunOutput(report) {
  return {
    title: `${headline(report)} \xB7 ${report.verdict.orgLabel}`.slice(0, 255),
    summary: renderWithinBudget(report, {
      budget: CHECK_RUN_SUMMARY_BUDGET_CHARS,
      measure: (s) => s.length,
      truncationNotice: "**Report truncated to fit the check run.** The full report is in the job summary and the artifact."
    })
  };
}

// src/report/pr-comment.ts
var PR_COMMENT_LIMIT_CHARS = 65536;
var PR_COMMENT_BUDGET_CHARS = 6e4;
function commentMarker(key3) {
  return `<!-- salesforce-deploy-report:v1 key=${key3.replace(/-->/g, "")} -->`;
}
var DIGEST = {
  successList: false,
  passingTests: false,
  coverageLowest: 10,
  traceLines: 15,
  messageChars: 1e3,
  failureCap: 10,
  hideSlowest: true
};
function renderPrComment(report, options) {
  const budget = Math.min(options.budget ?? PR_COMMENT_BUDGET_CHARS, PR_COMMENT_LIMIT_CHARS);
  const marker = commentMarker(options.key);
  const body2 = [
    marker,
    ...renderVerdict(report),
    ...renderExplanation(report, []),
    ...renderComponentIssues(report, DIGEST),
    ...renderTests2(report, DIGEST),
    ...renderCoverage(report, DIGEST),
    ...links(options)
  ].join("\n");
  if (body2.length <= budget) return body2;
  const notice = "Comment truncated to fit GitHub\u2019s comment size limit; see the job summary for the full report.";
  return hardCut(body2, budget, notice, (s) => s.length);
}
function links(options) {
  const parts = [
    options.runUrl ? `[Full report in the job summary](${options.runUrl})` : "",
    options.checkRunUrl ? `[Check run](${options.checkRunUrl})` : ""
  ].filter(Boolean);
  return parts.length > 0 ? ["", parts.join(" \xB7 "), ""] : [];
}

// src/github/check-run.ts
var CHECK_ANNOTATIONS_PER_REQUEST = 50;
var CHECK_ANNOTATIONS_MAX = 500;
async function publishCheckRun(octokit, req, logger) {
  const now = req.now ?? (() => /* @__PURE__ */ new Date());
  const sendable = req.annotations.flatMap(toCheckAnnotation).slice(0, req.maxAnnotations ?? CHECK_ANNOTATIONS_MAX);
  const batches = chunk(sendable, CHECK_ANNOTATIONS_PER_REQUEST);
  const output = { title: req.title ?? req.name, summary: req.summary };
  const single = batches.length <= 1;
  let id;
  let url;
  try {
    const created = await octokit.rest.checks.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name,
      head_sha: req.headSha,
      started_at: now().toISOString(),
      ...req.detailsUrl ? { details_url: req.detailsUrl } : {},
      ...req.externalId ? { external_id: req.externalId } : {},
      ...single ? {
        status: "completed",
        conclusion: req.conclusion,
        completed_at: now().toISOString()
      } : { status: "in_progress" },
      output: { ...output, annotations: batches[0] ?? [] }
    });
    id = created.data.id;
    url = created.data.html_url ?? void 0;
  } catch (error) {
    if (statusOf(error) === 403) {
      logger.info(
        "Check run not created: the token cannot write checks (fork PR, Dependabot, or no `checks: write`). Annotations go to the workflow log instead."
      );
      return { published: false, reason: "forbidden" };
    }
    logger.warning(
      `Check run not created (${describeGitHubError(error)}); annotations go to the workflow log instead.`
    );
    return { published: false, reason: describeGitHubError(error) };
  }
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    sent += await appendBatch(octokit, req, id, output, batch, logger);
  }
  if (!single) await complete(octokit, req, id, output, now, logger);
  return {
    published: true,
    id,
    ...url ? { url } : {},
    annotationsSent: sent,
    annotationsSkipped: req.annotations.length - sendable.length
  };
}
async function appendBatch(octokit, req, id, output, batch, logger) {
  try {
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      output: { ...output, annotations: batch }
    });
    return batch.length;
  } catch (error) {
    logger.warning(
      `Check run annotations batch rejected (${describeGitHubError(error)}); continuing.`
    );
    return 0;
  }
}
async function complete(octokit, req, id, output, now, logger) {
  try {
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      status: "completed",
      conclusion: req.conclusion,
      completed_at: now().toISOString(),
      output
    });
  } catch (error) {
    logger.warning(`Check run could not be completed (${describeGitHubError(error)}).`);
  }
}
function toCheckAnnotation(a) {
  if (!a.path) return [];
  const start = a.startLine && a.startLine >= 1 ? a.startLine : 1;
  const end = a.endLine && a.endLine >= start ? a.endLine : start;
  const columns = start === end && a.startColumn ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn } : {};
  return [
    {
      path: a.path,
      start_line: start,
      end_line: end,
      ...columns,
      annotation_level: a.level,
      title: a.title.slice(0, 255),
      message: a.message || a.title,
      ...a.rawDetails ? { raw_details: a.rawDetails } : {}
    }
  ];
}

// src/github/publish-report.ts
async function publishReport(original, settings, ports) {
  const report = secrets.redactDeep(original);
  const files = await writeFiles(report, settings, ports);
  await writeSummary(report, ports);
  const annotations = buildAnnotations(report);
  const checkRun = await publishCheck(report, annotations, settings, ports);
  const emitted = checkRun.published ? { channel: "check-run", count: checkRun.annotationsSent ?? 0 } : { channel: "workflow-commands", count: ports.sink.annotate(annotations) };
  const prComment = await postComment(report, settings, ports, checkRun);
  const artifact = await upload(settings, ports, files);
  return { files, checkRun, annotations: emitted, prComment, artifact };
}
async function writeFiles(report, settings, ports) {
  try {
    return await writeReportFiles(
      report,
      {
        workspace: settings.workspace,
        resultsDir: settings.resultsDir,
        formats: settings.coverageFormats
      },
      ports.fs
    );
  } catch (error) {
    ports.logger.warning(
      `Report files not written: ${error instanceof Error ? error.message : String(error)}`
    );
    return {};
  }
}
async function writeSummary(report, ports) {
  try {
    await ports.sink.writeSummary(renderSummary(report));
  } catch (error) {
    ports.logger.warning(
      `Job summary not written: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function checkRunSkipReason(settings) {
  if (!settings.checkRun) return "disabled";
  if (!settings.githubToken) return "no github-token";
  if (!settings.github?.headSha) return "no repository or commit in the environment";
  if (settings.github.readOnly)
    return `read-only token: ${settings.github.readOnlyReason ?? "unknown reason"}`;
  return void 0;
}
async function publishCheck(report, annotations, settings, ports) {
  const skip = checkRunSkipReason(settings);
  const github = settings.github;
  if (skip || !github || !settings.githubToken) {
    if (settings.checkRun && skip)
      ports.logger.info(
        `Check run skipped (${skip ?? "no context"}); annotations go to the workflow log.`
      );
    return { published: false, reason: skip ?? "no context" };
  }
  const output = renderCheckRunOutput(report);
  return publishCheckRun(
    ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      headSha: github.headSha,
      name: checkName(report, settings),
      conclusion: report.conclusion,
      title: output.title,
      summary: output.summary,
      annotations,
      ...github.runUrl ? { detailsUrl: github.runUrl } : {},
      externalId: report.verdict.deployId,
      ...settings.maxAnnotations !== void 0 ? { maxAnnotations: settings.maxAnnotations } : {}
    },
    ports.logger
  );
}
async function postComment(report, settings, ports, checkRun) {
  const github = settings.github;
  if (!settings.prComment) return { posted: false, reason: "disabled" };
  if (!github?.prNumber || !settings.githubToken)
    return { posted: false, reason: "no pull request or token" };
  if (github.readOnly)
    return { posted: false, reason: `read-only token: ${github.readOnlyReason ?? ""}` };
  const key3 = settings.commentKey ?? checkName(report, settings);
  const body2 = renderPrComment(report, {
    key: key3,
    ...github.runUrl ? { runUrl: github.runUrl } : {},
    ..."url" in checkRun && checkRun.url ? { checkRunUrl: checkRun.url } : {}
  });
  return upsertStickyComment(
    ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.prNumber,
      body: body2,
      marker: commentMarker(key3)
    },
    ports.logger
  );
}
async function upload(settings, ports, files) {
  if (!settings.uploadArtifact) return { uploaded: false, reason: "disabled" };
  const paths = Object.values(files);
  if (paths.length === 0) return { uploaded: false, reason: "no files were written" };
  try {
    const root = resolveResultsDir(settings.workspace, settings.resultsDir);
    const result2 = await ports.artifact().upload(
      settings.artifactName,
      paths.map((p) => path20.resolve(p)),
      root
    );
    return {
      uploaded: true,
      name: settings.artifactName,
      ...result2.id !== void 0 ? { id: result2.id } : {}
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ports.logger.warning(`Artifact "${settings.artifactName}" not uploaded: ${reason}`);
    return { uploaded: false, reason };
  }
}
function checkName(report, settings) {
  return settings.checkName ?? `Salesforce ${report.verdict.operation.toLowerCase()} (${report.verdict.orgLabel})`;
}

// src/action/outputs.ts
function setOutputs(values) {
  for (const [name, value] of Object.entries(values)) setOutput(name, redact(value));
}

// src/action/publish.ts
async function publishResult(result2, ports) {
  const commentNote = result2.comment ? await postComment2(result2.comment, ports) : void 0;
  await writeSummaries([...result2.summary, ...commentNote ? [`
> ${commentNote}
`] : []], ports);
  const files = result2.report ? (await publishReport(result2.report.report, result2.report.publish, ports)).files : {};
  if (result2.annotations?.length) ports.sink.annotate(result2.annotations);
  if (result2.artifact) await upload2(result2.artifact, ports);
  setOutputs({
    ...result2.outputs,
    ...result2.report ? fileOutputs(result2.report.publish.resultsDir, files) : {},
    ...result2.verdict.unfinished ? {} : { success: String(result2.verdict.success) }
  });
  if (!result2.verdict.success) {
    setFailed(redact(result2.verdict.message ?? "The run failed."));
    return;
  }
  if (result2.closing?.level === "warning") ports.logger.warning(result2.closing.message);
  else if (result2.closing) ports.logger.info(result2.closing.message);
}
async function postComment2(comment, ports) {
  const posted = await upsertStickyComment(
    ports.octokit(comment.token),
    { ...comment.request, body: redact(comment.request.body) },
    ports.logger
  );
  return posted.posted ? void 0 : `The PR comment was not posted (${posted.reason ?? "unknown"}).`;
}
async function upload2(artifact, ports) {
  try {
    await ports.artifact().upload(artifact.name, artifact.files, artifact.rootDirectory);
  } catch (error) {
    ports.logger.warning(`Artifact "${artifact.name}" not uploaded: ${describeError(error)}`);
  }
}
async function writeSummaries(blocks, ports) {
  for (const block of blocks) {
    try {
      await ports.sink.writeSummary(block);
    } catch (error) {
      ports.logger.warning(`Job summary not written: ${describeError(error)}`);
    }
  }
}
function fileOutputs(resultsDir, files) {
  return {
    "results-dir": resultsDir,
    ...files.junit ? { "junit-path": files.junit } : {},
    ...files.cobertura ? { "coverage-path": files.cobertura } : {},
    ...files.result ? { "summary-json-path": files.result } : {}
  };
}

// src/action/main.ts
async function run(overrides = {}) {
  const deps = { ...defaultDeps(), ...overrides };
  const publish = createPublishPorts(deps.logger, deps.octokit, deps.artifactUploader);
  let result2;
  let mode;
  try {
    const settings = parseSettings(readInputs(deps.env.GITHUB_WORKSPACE ?? process.cwd()));
    mode = settings.mode;
    result2 = await runMode(settings, deps);
  } catch (error) {
    result2 = thrownResult(error, mode, deps);
  } finally {
    deps.state.save(STATE.finished, "true");
  }
  try {
    await publishResult(result2, publish);
  } catch (error) {
    setFailed(redact(`The run's result could not be published: ${describeError(error)}`));
  }
}
function runMode(settings, deps) {
  switch (settings.mode) {
    case "build":
      return runBuildMode(settings, deps);
    case "compile":
      return runCompile(settings, deps);
    case "push-upgrade":
      return runPushUpgrade(settings, deps);
    case "retrieve":
      return runRetrieveMode(settings, deps);
    case "plan":
      return runPlanMode(settings, deps);
    case "sync":
      return runSync(settings, deps);
    case "deploy":
    case "validate":
    case "quick-deploy":
    case "report":
    case "cancel":
      return runOperationMode(settings, deps);
  }
}
function thrownResult(error, mode, deps) {
  deps.logger.debug(error instanceof Error ? error.stack ?? error.message : String(error));
  const message = redact(error instanceof InputError ? error.message : describeError(error));
  const gathered = partsOf(error);
  const head = renderFailure2(
    error instanceof InputError ? { message, problems: error.problems.map((p) => redact(p)) } : { ...mode ? { mode } : {}, message }
  );
  return {
    verdict: { success: false, message },
    outputs: gathered.outputs,
    // The verdict first, then what the steps gathered before the error (a drift guard's diffs).
    summary: [head, ...gathered.summary],
    annotations: gathered.annotations
  };
}

export {
  recordCancellationSignals,
  run
};
