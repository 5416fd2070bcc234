import recognitionSchema from './recognition/schema.json';

export default {
  recognition: { schema: recognitionSchema },
};
